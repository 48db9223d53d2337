-- Retention runs (REQUIREMENTS §4, MIC Art. 15.2): what each run archived. The archiving itself is a workflow
-- move of the item (EXPIRE → ARCHIVED, audited, 410 for citizens with the reason RETENTION_ENDED); nothing is
-- deleted. retention_run is the platform's log of runs, retention_action each unit's archived items.
CREATE TABLE retention_run (
  id             BIGINT        NOT NULL PRIMARY KEY,
  started_at     ${datetime}   NOT NULL,
  finished_at    ${datetime},
  started_by     VARCHAR(128)  NOT NULL,
  units_checked  INT           NOT NULL,
  archived       INT           NOT NULL,
  failed         INT           NOT NULL,
  version        BIGINT        NOT NULL
) ${table_options};
CREATE INDEX ix_retention_run_started ON retention_run (started_at);

CREATE TABLE retention_action (
  id             BIGINT        NOT NULL PRIMARY KEY,
  tenant_id      BIGINT        NOT NULL,
  run_id         BIGINT        NOT NULL,
  item_id        BIGINT        NOT NULL,
  category_id    BIGINT        NOT NULL,
  title          VARCHAR(500)  NOT NULL,
  published_on   DATE          NOT NULL,
  expired_on     DATE,
  removable_from DATE          NOT NULL,
  retention      VARCHAR(64)   NOT NULL,
  acted_at       ${datetime}   NOT NULL,
  version        BIGINT        NOT NULL,
  CONSTRAINT fk_retention_action_unit FOREIGN KEY (tenant_id) REFERENCES unit (id),
  CONSTRAINT fk_retention_action_run FOREIGN KEY (run_id) REFERENCES retention_run (id)
) ${table_options};
CREATE INDEX ix_retention_action_run ON retention_action (tenant_id, run_id);
