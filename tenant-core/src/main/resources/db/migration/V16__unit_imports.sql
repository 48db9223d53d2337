-- Bulk provisioning from an official list (issue #11): an import is planned (a dry run: every row with its hostname
-- and what will happen to it), then run as a background job that takes the pending rows in order, each in its own
-- transaction — resumable after a restart, and idempotent by official code (a unit that exists is skipped).
CREATE TABLE unit_import (
  id              BIGINT        NOT NULL PRIMARY KEY,
  root_unit_id    BIGINT,
  source_name     VARCHAR(255)  NOT NULL,
  state           VARCHAR(16)   NOT NULL,
  started_by      BIGINT        NOT NULL,
  started_by_name VARCHAR(128)  NOT NULL,
  total_rows      INT           NOT NULL,
  created_rows    INT           NOT NULL,
  skipped_rows    INT           NOT NULL,
  refused_rows    INT           NOT NULL,
  planned_at      ${datetime}   NOT NULL,
  started_at      ${datetime},
  finished_at     ${datetime},
  version         BIGINT        NOT NULL,
  CONSTRAINT fk_unit_import_root FOREIGN KEY (root_unit_id) REFERENCES unit (id)
) ${table_options};
CREATE INDEX ix_unit_import_state ON unit_import (state);

CREATE TABLE unit_import_row (
  id              BIGINT        NOT NULL PRIMARY KEY,
  import_id       BIGINT        NOT NULL,
  row_no          INT           NOT NULL,
  official_code   VARCHAR(16)   NOT NULL,
  official_name   VARCHAR(255)  NOT NULL,
  level_code      VARCHAR(32)   NOT NULL,
  parent_code     VARCHAR(16),
  host_label      VARCHAR(63),
  hostname        VARCHAR(255),
  outcome         VARCHAR(16)   NOT NULL,
  message_key     VARCHAR(128),
  message_args    VARCHAR(1000),
  unit_id         BIGINT,
  version         BIGINT        NOT NULL,
  CONSTRAINT fk_unit_import_row_import FOREIGN KEY (import_id) REFERENCES unit_import (id),
  CONSTRAINT uq_unit_import_row UNIQUE (import_id, row_no)
) ${table_options};
CREATE INDEX ix_unit_import_row_outcome ON unit_import_row (import_id, outcome, row_no);
