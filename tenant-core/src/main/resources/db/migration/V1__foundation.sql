-- Foundation schema. Portable between H2 and MySQL/MariaDB through Flyway placeholders:
--   ${table_options}  MySQL: ENGINE=InnoDB, utf8mb4; H2: empty
--   ${text}           MySQL: MEDIUMTEXT; H2: CLOB
--   ${datetime}       MySQL: DATETIME(6); H2: TIMESTAMP(6)
-- Ids come from the id_gen table (JPA TABLE generation): IDENTITY breaks on H2 2.x with EclipseLink.

CREATE TABLE id_gen (
  gen_name  VARCHAR(64) NOT NULL PRIMARY KEY,
  gen_value BIGINT      NOT NULL
) ${table_options};
INSERT INTO id_gen (gen_name, gen_value) VALUES ('global', 1000);

-- Platform registry: units (tenants) and the hostnames that reach them.
CREATE TABLE unit (
  id             BIGINT       NOT NULL PRIMARY KEY,
  parent_id      BIGINT,
  level_code     VARCHAR(32)  NOT NULL,
  official_name  VARCHAR(255) NOT NULL,
  abbreviation   VARCHAR(64),
  english_name   VARCHAR(255),
  host_label     VARCHAR(63)  NOT NULL,
  unit_path      VARCHAR(1024) NOT NULL,
  state          VARCHAR(16)  NOT NULL,
  theme          VARCHAR(64)  NOT NULL,
  address        VARCHAR(500),
  phone          VARCHAR(64),
  email          VARCHAR(255),
  created_at     ${datetime}  NOT NULL,
  version        BIGINT       NOT NULL,
  CONSTRAINT fk_unit_parent FOREIGN KEY (parent_id) REFERENCES unit (id)
) ${table_options};
CREATE INDEX ix_unit_parent ON unit (parent_id);

CREATE TABLE unit_host (
  id        BIGINT       NOT NULL PRIMARY KEY,
  unit_id   BIGINT       NOT NULL,
  hostname  VARCHAR(253) NOT NULL,
  kind      VARCHAR(16)  NOT NULL,
  version   BIGINT       NOT NULL,
  CONSTRAINT uq_unit_host UNIQUE (hostname),
  CONSTRAINT fk_host_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ${table_options};

-- Identity: people have one account; what they may do is granted per unit.
CREATE TABLE account (
  id             BIGINT       NOT NULL PRIMARY KEY,
  home_unit_id   BIGINT       NOT NULL,
  username       VARCHAR(128) NOT NULL,
  full_name      VARCHAR(255) NOT NULL,
  email          VARCHAR(255),
  password_hash  VARCHAR(512) NOT NULL,
  active         BOOLEAN      NOT NULL,
  created_at     ${datetime}  NOT NULL,
  version        BIGINT       NOT NULL,
  CONSTRAINT uq_account_username UNIQUE (username),
  CONSTRAINT fk_account_unit FOREIGN KEY (home_unit_id) REFERENCES unit (id)
) ${table_options};

CREATE TABLE role_grant (
  id          BIGINT      NOT NULL PRIMARY KEY,
  account_id  BIGINT      NOT NULL,
  unit_id     BIGINT,
  role_code   VARCHAR(32) NOT NULL,
  version     BIGINT      NOT NULL,
  CONSTRAINT uq_role_grant UNIQUE (account_id, unit_id, role_code),
  CONSTRAINT fk_grant_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT fk_grant_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ${table_options};

CREATE TABLE api_token (
  id          BIGINT      NOT NULL PRIMARY KEY,
  token_hash  VARCHAR(64) NOT NULL,
  account_id  BIGINT      NOT NULL,
  expires_at  ${datetime} NOT NULL,
  created_at  ${datetime} NOT NULL,
  version     BIGINT      NOT NULL,
  CONSTRAINT uq_api_token UNIQUE (token_hash),
  CONSTRAINT fk_token_account FOREIGN KEY (account_id) REFERENCES account (id)
) ${table_options};

-- Tenant-owned rows: every table below carries tenant_id, filtered by EclipseLink @Multitenant.
CREATE TABLE category (
  id            BIGINT       NOT NULL PRIMARY KEY,
  tenant_id     BIGINT       NOT NULL,
  code          VARCHAR(64)  NOT NULL,
  name_vi       VARCHAR(255) NOT NULL,
  name_en       VARCHAR(255) NOT NULL,
  content_type  VARCHAR(32)  NOT NULL,
  sort_order    INT          NOT NULL,
  on_home       BOOLEAN      NOT NULL,
  version       BIGINT       NOT NULL,
  CONSTRAINT uq_category_code UNIQUE (tenant_id, code),
  CONSTRAINT fk_category_unit FOREIGN KEY (tenant_id) REFERENCES unit (id)
) ${table_options};

CREATE TABLE item (
  id                 BIGINT       NOT NULL PRIMARY KEY,
  tenant_id          BIGINT       NOT NULL,
  category_id        BIGINT       NOT NULL,
  language           VARCHAR(8)   NOT NULL,
  state              VARCHAR(16)  NOT NULL,
  slug               VARCHAR(200) NOT NULL,
  title              VARCHAR(500) NOT NULL,
  summary            VARCHAR(2000),
  body               ${text},
  source_name        VARCHAR(500),
  author_name        VARCHAR(255),
  created_by         BIGINT       NOT NULL,
  submitted_by       BIGINT,
  decided_by         BIGINT,
  rejection_reason   VARCHAR(32),
  rejection_note     VARCHAR(2000),
  created_at         ${datetime}  NOT NULL,
  updated_at         ${datetime}  NOT NULL,
  published_at       ${datetime},
  version            BIGINT       NOT NULL,
  CONSTRAINT uq_item_slug UNIQUE (tenant_id, slug),
  CONSTRAINT fk_item_unit FOREIGN KEY (tenant_id) REFERENCES unit (id),
  CONSTRAINT fk_item_category FOREIGN KEY (category_id) REFERENCES category (id)
) ${table_options};
CREATE INDEX ix_item_published ON item (tenant_id, state, published_at);
CREATE INDEX ix_item_category ON item (tenant_id, category_id, state, published_at);

CREATE TABLE audit_event (
  id            BIGINT       NOT NULL PRIMARY KEY,
  tenant_id     BIGINT       NOT NULL,
  occurred_at   ${datetime}  NOT NULL,
  actor_id      BIGINT,
  actor_name    VARCHAR(128) NOT NULL,
  address       VARCHAR(64),
  action        VARCHAR(64)  NOT NULL,
  subject_type  VARCHAR(32)  NOT NULL,
  subject_id    BIGINT,
  from_state    VARCHAR(16),
  to_state      VARCHAR(16),
  detail        VARCHAR(2000),
  version       BIGINT       NOT NULL,
  CONSTRAINT fk_audit_unit FOREIGN KEY (tenant_id) REFERENCES unit (id)
) ${table_options};
CREATE INDEX ix_audit_subject ON audit_event (tenant_id, subject_type, subject_id);

-- Rejection reasons are data (MIC Art. 14.4, BNV Art. 3.9), not an enum.
CREATE TABLE rejection_reason (
  code         VARCHAR(32)  NOT NULL PRIMARY KEY,
  name_vi      VARCHAR(255) NOT NULL,
  name_en      VARCHAR(255) NOT NULL,
  legal_basis  VARCHAR(128) NOT NULL,
  sort_order   INT          NOT NULL
) ${table_options};
INSERT INTO rejection_reason (code, name_vi, name_en, legal_basis, sort_order) VALUES
 ('OUT_OF_SCOPE', 'Không thuộc phạm vi của cổng', 'Outside the portal''s scope', 'MIC Đ.14.4; BNV Đ.3.9', 1),
 ('AGAINST_LAW', 'Trái với chủ trương, chính sách, pháp luật', 'Contrary to policy or law', 'MIC Đ.14.4', 2),
 ('STATE_SECRET', 'Thuộc bí mật nhà nước', 'State secret', 'MIC Đ.14.4', 3),
 ('NOT_YET_PUBLIC', 'Đã quyết định nhưng chưa được công bố hoặc chỉ phổ biến trong phạm vi hẹp', 'Decided but not yet public, or for a narrow audience only', 'MIC Đ.14.4', 4),
 ('UNTRUE', 'Thông tin không chính xác', 'Untrue', 'MIC Đ.14.4', 5),
 ('UNKNOWN_SOURCE', 'Không rõ nguồn gốc', 'Unknown source', 'MIC Đ.14.4; BNV Đ.3.9', 6),
 ('DUPLICATE', 'Trùng lặp với thông tin đã đăng', 'Duplicates published content', 'BNV Đ.3.9', 7),
 ('UNDER_VERIFICATION', 'Đang trong quá trình xác minh lại', 'Under re-verification', 'MIC Đ.14.4', 8),
 ('LOW_QUALITY', 'Chất lượng chưa đạt yêu cầu', 'Below quality', 'BNV Đ.3.9', 9);
