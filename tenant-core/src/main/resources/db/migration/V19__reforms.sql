-- A reform applied from an official mapping (issue #11.6: the 2025 reorganisation from merges.json): planned first
-- (per new province, what will be relocated, merged, shared out, opened and retired), then run by a background job
-- one new province per transaction — each step done wholly or not at all, the run resumable after a restart.
CREATE TABLE reform_run (
  id               BIGINT        NOT NULL PRIMARY KEY,
  mapping          VARCHAR(64)   NOT NULL,
  decision_no      VARCHAR(128)  NOT NULL,
  decision_date    DATE          NOT NULL,
  effective_on     DATE          NOT NULL,
  state            VARCHAR(16)   NOT NULL,
  started_by       BIGINT        NOT NULL,
  started_by_name  VARCHAR(128)  NOT NULL,
  total_steps      INT           NOT NULL,
  done_steps       INT           NOT NULL,
  skipped_steps    INT           NOT NULL,
  refused_steps    INT           NOT NULL,
  planned_at       ${datetime}   NOT NULL,
  started_at       ${datetime},
  finished_at      ${datetime},
  version          BIGINT        NOT NULL
) ${table_options};
CREATE INDEX ix_reform_run_state ON reform_run (state);

CREATE TABLE reform_step (
  id               BIGINT        NOT NULL PRIMARY KEY,
  run_id           BIGINT        NOT NULL,
  step_no          INT           NOT NULL,
  province_code    VARCHAR(16)   NOT NULL,
  province_name    VARCHAR(255)  NOT NULL,
  outcome          VARCHAR(16)   NOT NULL,
  units_before     INT           NOT NULL,
  units_after      INT           NOT NULL,
  relocated        INT           NOT NULL,
  merged           INT           NOT NULL,
  shared_out       INT           NOT NULL,
  opened           INT           NOT NULL,
  retired          INT           NOT NULL,
  message_key      VARCHAR(128),
  message_args     VARCHAR(1000),
  successor_id     BIGINT,
  version          BIGINT        NOT NULL,
  CONSTRAINT fk_reform_step_run FOREIGN KEY (run_id) REFERENCES reform_run (id),
  CONSTRAINT uq_reform_step UNIQUE (run_id, step_no)
) ${table_options};
CREATE INDEX ix_reform_step_outcome ON reform_step (run_id, outcome, step_no);
