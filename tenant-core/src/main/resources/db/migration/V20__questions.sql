-- Citizens' questions, feedback and petitions (issue #12). The asker's identity (ND Art. 9.2) is sealed column by
-- column (AES-256-GCM, vn.cong.interaction.PersonalData): the columns hold "v1:…" values, never the plain text, and
-- are wide enough for the sealed form of the longest field allowed.
CREATE TABLE question (
  id               BIGINT         NOT NULL PRIMARY KEY,
  tenant_id        BIGINT         NOT NULL,
  received_day     DATE           NOT NULL,
  day_number       INT            NOT NULL,
  subject          VARCHAR(255)   NOT NULL,
  body             ${text}        NOT NULL,
  state            VARCHAR(16)    NOT NULL,
  received_at      ${datetime}    NOT NULL,
  asker_kind       VARCHAR(16)    NOT NULL,
  asker_name       VARCHAR(1000)  NOT NULL,
  asker_nationality VARCHAR(1000),
  asker_id_number  VARCHAR(1000),
  asker_address    VARCHAR(1000),
  asker_phone      VARCHAR(1000),
  asker_email      VARCHAR(1000),
  organisation_name       VARCHAR(255),
  representative_position VARCHAR(255),
  version          BIGINT         NOT NULL,
  CONSTRAINT uq_question_code UNIQUE (tenant_id, received_day, day_number),
  CONSTRAINT fk_question_unit FOREIGN KEY (tenant_id) REFERENCES unit (id)
) ${table_options};
CREATE INDEX ix_question_state ON question (tenant_id, state, received_at);
