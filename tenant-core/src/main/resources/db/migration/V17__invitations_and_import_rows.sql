-- A one-time link that lets a person choose the password of an account created for them (a new unit's first
-- administrator): only the link's SHA-256 is stored; it expires, and it works once (vn.cong.identity.Invitations).
CREATE TABLE account_invitation (
  id              BIGINT        NOT NULL PRIMARY KEY,
  account_id      BIGINT        NOT NULL,
  token_hash      VARCHAR(64)   NOT NULL,
  invited_by      BIGINT,
  created_at      ${datetime}   NOT NULL,
  expires_at      ${datetime}   NOT NULL,
  used_at         ${datetime},
  version         BIGINT        NOT NULL,
  CONSTRAINT fk_account_invitation_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT uq_account_invitation_token UNIQUE (token_hash)
) ${table_options};
CREATE INDEX ix_account_invitation_account ON account_invitation (account_id);

-- A spreadsheet row whose type names no level is kept (refused, with its row number) rather than dropped.
ALTER TABLE unit_import_row ${modify_column} level_code VARCHAR(32) NULL;
