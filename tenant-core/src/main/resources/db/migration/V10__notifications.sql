-- Notifications in the back office and by e-mail, and the inboxes' due-time reminders (MIC Art. 14.1).
-- Same placeholders as V1: ${table_options}, ${text}, ${datetime}.

-- A notification for one person in one unit's back office; the message is a key of a bundle and its arguments
-- (a JSON array of strings), read in the language of the back office that shows it.
CREATE TABLE notification (
  id              BIGINT        NOT NULL PRIMARY KEY,
  tenant_id       BIGINT        NOT NULL,
  account_id      BIGINT        NOT NULL,
  kind            VARCHAR(64)   NOT NULL,
  message_bundle  VARCHAR(128)  NOT NULL,
  message_key     VARCHAR(128)  NOT NULL,
  arguments       ${text},
  link            VARCHAR(500),
  created_at      ${datetime}   NOT NULL,
  read_at         ${datetime},
  version         BIGINT        NOT NULL,
  CONSTRAINT fk_notification_unit FOREIGN KEY (tenant_id) REFERENCES unit (id),
  CONSTRAINT fk_notification_account FOREIGN KEY (account_id) REFERENCES account (id)
) ${table_options};
CREATE INDEX ix_notification_account ON notification (tenant_id, account_id, read_at, created_at);

-- The e-mail outbox: platform data naming its unit (one query finds every unit's pending e-mails); a sender holds
-- the row's lock while it sends. FAILED rows stay, with the last error, for the unit administrator.
CREATE TABLE mail_outbox (
  id               BIGINT        NOT NULL PRIMARY KEY,
  unit_id          BIGINT        NOT NULL,
  account_id       BIGINT,
  notification_id  BIGINT,
  recipient        VARCHAR(255)  NOT NULL,
  subject          VARCHAR(500)  NOT NULL,
  text_body        ${text}       NOT NULL,
  html_body        ${text}       NOT NULL,
  status           VARCHAR(16)   NOT NULL,
  attempts         INT           NOT NULL,
  last_error       VARCHAR(1000),
  next_attempt_at  ${datetime}   NOT NULL,
  created_at       ${datetime}   NOT NULL,
  sent_at          ${datetime},
  version          BIGINT        NOT NULL,
  CONSTRAINT fk_mail_outbox_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ${table_options};
CREATE INDEX ix_mail_outbox_due ON mail_outbox (status, next_attempt_at);
CREATE INDEX ix_mail_outbox_unit ON mail_outbox (unit_id, status, created_at);

-- What each waiting item is due for, with its reminders: platform data naming its unit, claimed with a row lock
-- by the deadline watch (once per cluster). stage: 0 nothing sent, 1 warned before the due time, 2 told overdue.
CREATE TABLE inbox_deadline (
  id         BIGINT       NOT NULL PRIMARY KEY,
  unit_id    BIGINT       NOT NULL,
  item_id    BIGINT       NOT NULL,
  waiting    VARCHAR(32)  NOT NULL,
  due_at     ${datetime}  NOT NULL,
  warn_at    ${datetime}  NOT NULL,
  stage      INT          NOT NULL,
  version    BIGINT       NOT NULL,
  CONSTRAINT uq_inbox_deadline UNIQUE (item_id, waiting),
  CONSTRAINT fk_inbox_deadline_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
  CONSTRAINT fk_inbox_deadline_item FOREIGN KEY (item_id) REFERENCES item (id)
) ${table_options};
CREATE INDEX ix_inbox_deadline_warn ON inbox_deadline (stage, warn_at);
CREATE INDEX ix_inbox_deadline_due ON inbox_deadline (stage, due_at);
