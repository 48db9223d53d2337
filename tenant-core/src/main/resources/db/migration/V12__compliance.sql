-- The compliance engine (REQUIREMENTS §4): one row per obligation of a unit to publish something by a date.
--   source        ITEM (an item's structured facts carry the trigger), REGISTERED (reported through the API:
--                 a document signed in the e-office system, contact data changed, a question received),
--                 RECURRENCE (a period of a periodic rule: each working day, monthly, every six months…)
--   category_id   null for a rule of the whole portal (MIC Art. 15.1: new content each working day)
--   due_at/due_on null when the law gives no number ("promptly"): never an invented date
--   counted_on    the day the obligation counts in reports: its due day, else its trigger day
--   dedupe_key    one obligation per item and rule, per registration reference, per period: a second instance
--                 of the scheduled job, or a repeated registration, hits the unique key instead of a duplicate
--   alerted       the last alert fired for it (DUE_SOON, OVERDUE), so that each is fired once
CREATE TABLE obligation (
  id             BIGINT        NOT NULL PRIMARY KEY,
  tenant_id      BIGINT        NOT NULL,
  category_id    BIGINT,
  rule_index     INT           NOT NULL,
  legal_basis    VARCHAR(128)  NOT NULL,
  source         VARCHAR(16)   NOT NULL,
  trigger_kind   VARCHAR(32),
  trigger_at     ${datetime}   NOT NULL,
  trigger_on     DATE          NOT NULL,
  due_at         ${datetime},
  due_on         DATE,
  counted_on     DATE          NOT NULL,
  period_start   DATE,
  period_end     DATE,
  item_id        BIGINT,
  external_ref   VARCHAR(255),
  subject        VARCHAR(500)  NOT NULL,
  status         VARCHAR(16)   NOT NULL,
  met_at         ${datetime},
  met_by_item    BIGINT,
  alerted        VARCHAR(16),
  alerted_at     ${datetime},
  dedupe_key     VARCHAR(191)  NOT NULL,
  created_at     ${datetime}   NOT NULL,
  updated_at     ${datetime}   NOT NULL,
  version        BIGINT        NOT NULL,
  CONSTRAINT uq_obligation_key UNIQUE (tenant_id, dedupe_key),
  CONSTRAINT fk_obligation_unit FOREIGN KEY (tenant_id) REFERENCES unit (id)
) ${table_options};
CREATE INDEX ix_obligation_counted ON obligation (tenant_id, counted_on);
CREATE INDEX ix_obligation_open ON obligation (tenant_id, met_at, due_at);
CREATE INDEX ix_obligation_item ON obligation (tenant_id, item_id);

-- Platform jobs that must run once per cluster however many instances run them (compliance evaluation,
-- retention): an instance runs a job only in the transaction that holds the row's lock (SELECT … FOR UPDATE)
-- and finds it due; it then moves next_run_at on. The pattern of scheduled_publication.
CREATE TABLE job_claim (
  name           VARCHAR(64)   NOT NULL PRIMARY KEY,
  next_run_at    ${datetime}   NOT NULL,
  last_run_at    ${datetime},
  last_outcome   VARCHAR(2000),
  version        BIGINT        NOT NULL
) ${table_options};
