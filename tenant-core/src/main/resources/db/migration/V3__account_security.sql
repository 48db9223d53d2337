-- Account security (REQUIREMENTS §2 "Access", §7; MIC Art. 7.1c, BNV Art. 4.6m, ND Art. 16):
-- lockout with back-off, TOTP second factor with recovery codes, a session registry, revocable API tokens,
-- deactivation that keeps history. Same placeholders as V1 (H2 and MySQL/MariaDB).

ALTER TABLE account ADD COLUMN password_changed_at ${datetime};
ALTER TABLE account ADD COLUMN totp_secret VARCHAR(255);
ALTER TABLE account ADD COLUMN totp_enrolled_at ${datetime};
ALTER TABLE account ADD COLUMN totp_last_step BIGINT;
ALTER TABLE account ADD COLUMN deactivated_at ${datetime};
ALTER TABLE account ADD COLUMN deactivated_by BIGINT;

-- Failed sign-ins per account name (ACCOUNT, also for names that do not exist) and per source address (ADDRESS).
CREATE TABLE login_throttle (
  id                BIGINT       NOT NULL PRIMARY KEY,
  key_kind          VARCHAR(16)  NOT NULL,
  key_value         VARCHAR(255) NOT NULL,
  failures          INT          NOT NULL,
  last_failure_at   ${datetime},
  lock_level        INT          NOT NULL,
  locked_until      ${datetime},
  last_locked_at    ${datetime},
  version           BIGINT       NOT NULL,
  CONSTRAINT uq_login_throttle UNIQUE (key_kind, key_value)
) ${table_options};

-- One-time recovery codes of the second factor; only their SHA-256 is stored.
CREATE TABLE recovery_code (
  id          BIGINT      NOT NULL PRIMARY KEY,
  account_id  BIGINT      NOT NULL,
  code_hash   VARCHAR(64) NOT NULL,
  created_at  ${datetime} NOT NULL,
  used_at     ${datetime},
  version     BIGINT      NOT NULL,
  CONSTRAINT fk_recovery_account FOREIGN KEY (account_id) REFERENCES account (id)
) ${table_options};
CREATE INDEX ix_recovery_account ON recovery_code (account_id);

-- Back-office sessions: the registry every node checks, so revoking or deactivating ends a session at once.
CREATE TABLE login_session (
  id            BIGINT       NOT NULL PRIMARY KEY,
  account_id    BIGINT       NOT NULL,
  unit_id       BIGINT,
  key_hash      VARCHAR(64)  NOT NULL,
  user_agent    VARCHAR(500),
  address       VARCHAR(64),
  started_at    ${datetime}  NOT NULL,
  last_seen_at  ${datetime}  NOT NULL,
  ended_at      ${datetime},
  end_reason    VARCHAR(32),
  version       BIGINT       NOT NULL,
  CONSTRAINT uq_login_session_key UNIQUE (key_hash),
  CONSTRAINT fk_session_account FOREIGN KEY (account_id) REFERENCES account (id)
) ${table_options};
CREATE INDEX ix_session_account ON login_session (account_id, ended_at);

ALTER TABLE api_token ADD COLUMN revoked_at ${datetime};
ALTER TABLE api_token ADD COLUMN address VARCHAR(64);
ALTER TABLE api_token ADD COLUMN user_agent VARCHAR(500);
CREATE INDEX ix_api_token_account ON api_token (account_id);

CREATE INDEX ix_audit_time ON audit_event (tenant_id, occurred_at);
