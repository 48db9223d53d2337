-- Surveys and the portal's rating (issue #12, item 4; REQUIREMENTS §5: BNV Art. 6, VP Art. 9.1d). A survey keeps its
-- questions as one JSON text (vn.cong.interaction.survey.Questionnaire: written and read whole, never queried by
-- part); its answers are rows: one per answer (the salted hash of where it came from, one per survey — never the
-- address), one per option ticked (so that a multiple choice counts once per option, by GROUP BY option_key), one per
-- free text. A portal rating is a survey of its own per unit and year (rating_year; NULL for the board's surveys).
CREATE TABLE survey (
  id               BIGINT        NOT NULL PRIMARY KEY,
  tenant_id        BIGINT        NOT NULL,
  title            VARCHAR(255)  NOT NULL,
  title_en         VARCHAR(255),
  intro            ${text},
  intro_en         ${text},
  opens_on         DATE          NOT NULL,
  closes_on        DATE          NOT NULL,
  purpose          VARCHAR(16)   NOT NULL,
  rating_year      INT,
  template_name    VARCHAR(32),
  questionnaire    ${text}       NOT NULL,
  question_count   INT           NOT NULL,
  salt             VARCHAR(64)   NOT NULL,
  first_answer_at  ${datetime},
  created_at       ${datetime}   NOT NULL,
  created_by       BIGINT,
  version          BIGINT        NOT NULL,
  CONSTRAINT uq_survey_rating_year UNIQUE (tenant_id, rating_year),
  CONSTRAINT fk_survey_unit FOREIGN KEY (tenant_id) REFERENCES unit (id)
) ${table_options};
CREATE INDEX ix_survey_public ON survey (tenant_id, purpose, opens_on);

CREATE TABLE survey_response (
  id               BIGINT        NOT NULL PRIMARY KEY,
  tenant_id        BIGINT        NOT NULL,
  survey_id        BIGINT        NOT NULL,
  answerer_hash    VARCHAR(64)   NOT NULL,
  answered_at      ${datetime}   NOT NULL,
  version          BIGINT        NOT NULL,
  CONSTRAINT uq_survey_response_answerer UNIQUE (survey_id, answerer_hash),
  CONSTRAINT fk_survey_response_survey FOREIGN KEY (survey_id) REFERENCES survey (id),
  CONSTRAINT fk_survey_response_unit FOREIGN KEY (tenant_id) REFERENCES unit (id)
) ${table_options};
CREATE INDEX ix_survey_response_survey ON survey_response (tenant_id, survey_id);

-- millions of rows for a survey of the whole country: the two indexes answer the statistics' GROUP BYs from the index
-- alone; no FK to survey (the response's carries it), so an insert maintains no more indexes than these
CREATE TABLE survey_choice (
  id               BIGINT        NOT NULL PRIMARY KEY,
  tenant_id        BIGINT        NOT NULL,
  survey_id        BIGINT        NOT NULL,
  response_id      BIGINT        NOT NULL,
  question_key     INT           NOT NULL,
  option_key       INT           NOT NULL,
  version          BIGINT        NOT NULL,
  CONSTRAINT fk_survey_choice_response FOREIGN KEY (response_id) REFERENCES survey_response (id),
  CONSTRAINT fk_survey_choice_unit FOREIGN KEY (tenant_id) REFERENCES unit (id)
) ${table_options};
CREATE INDEX ix_survey_choice_option ON survey_choice (tenant_id, survey_id, option_key);
CREATE INDEX ix_survey_choice_question ON survey_choice (tenant_id, survey_id, question_key, response_id);

CREATE TABLE survey_text_answer (
  id               BIGINT        NOT NULL PRIMARY KEY,
  tenant_id        BIGINT        NOT NULL,
  survey_id        BIGINT        NOT NULL,
  response_id      BIGINT        NOT NULL,
  question_key     INT           NOT NULL,
  body             ${text}       NOT NULL,
  answered_at      ${datetime}   NOT NULL,
  version          BIGINT        NOT NULL,
  CONSTRAINT fk_survey_text_response FOREIGN KEY (response_id) REFERENCES survey_response (id),
  CONSTRAINT fk_survey_text_unit FOREIGN KEY (tenant_id) REFERENCES unit (id)
) ${table_options};
CREATE INDEX ix_survey_text_question ON survey_text_answer (tenant_id, survey_id, question_key, answered_at);
