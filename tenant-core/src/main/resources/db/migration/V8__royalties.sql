-- Royalties — nhuận bút, thù lao (REQUIREMENTS §2; BNV Art. 4.3đ, 4.6h, 4.6l, 8; MIC Art. 16; VP Art. 16).
-- Amount = coefficient × value of one coefficient unit (Decree 18/2014/NĐ-CP), whole đồng. Same placeholders as V1.
-- Every table is tenant-owned (tenant_id, EclipseLink @Multitenant).

-- Giá trị một đơn vị hệ số: dated versions, one per day at most.
CREATE TABLE royalty_base_value (
  id              BIGINT         NOT NULL PRIMARY KEY,
  tenant_id       BIGINT         NOT NULL,
  effective_from  DATE           NOT NULL,
  amount          DECIMAL(15,0)  NOT NULL,
  set_by          BIGINT,
  set_at          ${datetime}    NOT NULL,
  version         BIGINT         NOT NULL,
  CONSTRAINT uq_royalty_base_value UNIQUE (tenant_id, effective_from),
  CONSTRAINT fk_royalty_base_value_unit FOREIGN KEY (tenant_id) REFERENCES unit (id)
) ${table_options};

-- Hệ số nhuận bút per (content type × kind of work), dated versions.
CREATE TABLE royalty_rate (
  id                 BIGINT        NOT NULL PRIMARY KEY,
  tenant_id          BIGINT        NOT NULL,
  content_type       VARCHAR(32)   NOT NULL,
  contribution_kind  VARCHAR(16)   NOT NULL,
  effective_from     DATE          NOT NULL,
  coefficient        DECIMAL(8,2)  NOT NULL,
  set_by             BIGINT,
  set_at             ${datetime}   NOT NULL,
  version            BIGINT        NOT NULL,
  CONSTRAINT uq_royalty_rate UNIQUE (tenant_id, content_type, contribution_kind, effective_from),
  CONSTRAINT fk_royalty_rate_unit FOREIGN KEY (tenant_id) REFERENCES unit (id)
) ${table_options};

-- An item's contributors, once settled (by the secretariat, or from the workflow's defaults at publication).
CREATE TABLE royalty_contributor_list (
  id          BIGINT       NOT NULL PRIMARY KEY,
  tenant_id   BIGINT       NOT NULL,
  item_id     BIGINT       NOT NULL,
  settled_by  BIGINT,
  settled_at  ${datetime}  NOT NULL,
  version     BIGINT       NOT NULL,
  CONSTRAINT uq_royalty_contributor_list UNIQUE (tenant_id, item_id),
  CONSTRAINT fk_royalty_contributor_list_unit FOREIGN KEY (tenant_id) REFERENCES unit (id),
  CONSTRAINT fk_royalty_contributor_list_item FOREIGN KEY (item_id) REFERENCES item (id)
) ${table_options};

-- person_key: 'A:<account id>' or 'N:<collaborator name, lower case>' — one person across items and months.
CREATE TABLE royalty_contribution (
  id                 BIGINT        NOT NULL PRIMARY KEY,
  tenant_id          BIGINT        NOT NULL,
  item_id            BIGINT        NOT NULL,
  contribution_kind  VARCHAR(16)   NOT NULL,
  account_id         BIGINT,
  collaborator_name  VARCHAR(255),
  person_key         VARCHAR(300)  NOT NULL,
  version            BIGINT        NOT NULL,
  CONSTRAINT uq_royalty_contribution UNIQUE (tenant_id, item_id, contribution_kind, person_key),
  CONSTRAINT fk_royalty_contribution_unit FOREIGN KEY (tenant_id) REFERENCES unit (id),
  CONSTRAINT fk_royalty_contribution_item FOREIGN KEY (item_id) REFERENCES item (id),
  CONSTRAINT fk_royalty_contribution_account FOREIGN KEY (account_id) REFERENCES account (id)
) ${table_options};

-- The monthly sheet (period_month 'YYYY-MM', Vietnamese calendar month): DRAFT → SUBMITTED → APPROVED → LOCKED.
CREATE TABLE royalty_sheet (
  id                 BIGINT         NOT NULL PRIMARY KEY,
  tenant_id          BIGINT         NOT NULL,
  period_month       CHAR(7)        NOT NULL,
  state              VARCHAR(16)    NOT NULL,
  submitted_by       BIGINT,
  submitted_by_name  VARCHAR(255),
  submitted_at       ${datetime},
  submitted_total    DECIMAL(15,0),
  submitted_lines    INT,
  approved_by        BIGINT,
  approved_by_name   VARCHAR(255),
  approved_at        ${datetime},
  locked_at          ${datetime},
  returned_by        BIGINT,
  returned_at        ${datetime},
  return_note        VARCHAR(2000),
  version            BIGINT         NOT NULL,
  CONSTRAINT uq_royalty_sheet UNIQUE (tenant_id, period_month),
  CONSTRAINT fk_royalty_sheet_unit FOREIGN KEY (tenant_id) REFERENCES unit (id)
) ${table_options};

-- The ledger. publication_key ('<item>:<kind>:<person_key>') is unique: an item is paid once for each person's
-- work; adjustments have none (NULLs never collide in a unique constraint, on H2 and on MariaDB alike).
CREATE TABLE royalty_line (
  id                 BIGINT         NOT NULL PRIMARY KEY,
  tenant_id          BIGINT         NOT NULL,
  period_month       CHAR(7)        NOT NULL,
  origin             VARCHAR(16)    NOT NULL,
  item_id            BIGINT,
  item_title         VARCHAR(500),
  content_type       VARCHAR(32),
  contribution_kind  VARCHAR(16),
  account_id         BIGINT,
  person_key         VARCHAR(300)   NOT NULL,
  person_name        VARCHAR(255)   NOT NULL,
  coefficient        DECIMAL(8,2),
  base_value         DECIMAL(15,0),
  share_count        INT            NOT NULL,
  amount             DECIMAL(15,0)  NOT NULL,
  earned_at          ${datetime}    NOT NULL,
  publication_key    VARCHAR(400),
  note               VARCHAR(2000),
  recorded_by        BIGINT,
  version            BIGINT         NOT NULL,
  CONSTRAINT uq_royalty_line_publication UNIQUE (tenant_id, publication_key),
  CONSTRAINT fk_royalty_line_unit FOREIGN KEY (tenant_id) REFERENCES unit (id),
  CONSTRAINT fk_royalty_line_item FOREIGN KEY (item_id) REFERENCES item (id)
) ${table_options};
CREATE INDEX ix_royalty_line_period ON royalty_line (tenant_id, period_month);
CREATE INDEX ix_royalty_line_item ON royalty_line (tenant_id, item_id);
