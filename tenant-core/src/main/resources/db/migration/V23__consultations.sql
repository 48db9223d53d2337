-- Consultations on drafts (lấy ý kiến dự thảo, issue #12.3): a published item of a CONSULTATION_DRAFT category with
-- its comment period in calendar days, the receiving unit's address and e-mail, pre- or post-moderation and how many
-- reports hide a comment; citizens' comments on the whole draft or on one paragraph (the paragraph's text as it was,
-- so that a comment finds its paragraph in a later version), their moderation, reports (one per reporter: a keyed
-- hash of the address, never the address) and the board's synthesis — each comment accepted, rejected or explained.
CREATE TABLE consultation (
  id                BIGINT        NOT NULL PRIMARY KEY,
  tenant_id         BIGINT        NOT NULL,
  item_id           BIGINT        NOT NULL,
  opens_on          DATE          NOT NULL,
  period_days       INT           NOT NULL,
  receiving_unit    VARCHAR(255)  NOT NULL,
  receiving_address VARCHAR(500)  NOT NULL,
  receiving_email   VARCHAR(255)  NOT NULL,
  moderation        VARCHAR(8)    NOT NULL,
  report_threshold  INT           NOT NULL,
  outcome_note      ${text},
  outcome_published_at ${datetime},
  created_at        ${datetime}   NOT NULL,
  version           BIGINT        NOT NULL,
  CONSTRAINT uq_consultation_item UNIQUE (tenant_id, item_id),
  CONSTRAINT fk_consultation_unit FOREIGN KEY (tenant_id) REFERENCES unit (id)
) ${table_options};
CREATE INDEX ix_consultation_opens ON consultation (tenant_id, opens_on);

CREATE TABLE consultation_comment (
  id                BIGINT        NOT NULL PRIMARY KEY,
  tenant_id         BIGINT        NOT NULL,
  consultation_id   BIGINT        NOT NULL,
  paragraph         INT,
  paragraph_text    VARCHAR(2000),
  revision_number   INT           NOT NULL,
  author_name       VARCHAR(1000) NOT NULL,
  author_email      VARCHAR(1000),
  body              ${text}       NOT NULL,
  state             VARCHAR(16)   NOT NULL,
  reports           INT           NOT NULL,
  kept_by_moderator BOOLEAN       NOT NULL,
  moderated_by      BIGINT,
  moderated_at      ${datetime},
  decision          VARCHAR(16),
  response          ${text},
  decided_by        BIGINT,
  decided_at        ${datetime},
  created_at        ${datetime}   NOT NULL,
  version           BIGINT        NOT NULL,
  CONSTRAINT fk_consultation_comment_unit FOREIGN KEY (tenant_id) REFERENCES unit (id),
  CONSTRAINT fk_consultation_comment_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id)
) ${table_options};
CREATE INDEX ix_consultation_comment ON consultation_comment (tenant_id, consultation_id, state, created_at);

CREATE TABLE consultation_report (
  id                BIGINT        NOT NULL PRIMARY KEY,
  tenant_id         BIGINT        NOT NULL,
  comment_id        BIGINT        NOT NULL,
  reporter          VARCHAR(64)   NOT NULL,
  reported_at       ${datetime}   NOT NULL,
  version           BIGINT        NOT NULL,
  CONSTRAINT uq_consultation_report UNIQUE (comment_id, reporter),
  CONSTRAINT fk_consultation_report_unit FOREIGN KEY (tenant_id) REFERENCES unit (id),
  CONSTRAINT fk_consultation_report_comment FOREIGN KEY (comment_id) REFERENCES consultation_comment (id)
) ${table_options};
