-- Information catalogs as versioned regulation presets (vn.cong.catalog).
-- Platform tables (not tenant-owned): the presets, loaded from tenant-core's catalog/presets/*.json at start-up,
-- one row per (code, version) and never rewritten; a unit follows one preset version (unit.preset_code/_version).
-- Tenant tables: the unit's category tree (category, extended) and its rules (category_rule); a category knows its
-- preset row and which of its fields the unit changed locally.

CREATE TABLE catalog_preset (
  id              BIGINT       NOT NULL PRIMARY KEY,
  code            VARCHAR(64)  NOT NULL,
  preset_version  INT          NOT NULL,
  name_vi         VARCHAR(500) NOT NULL,
  name_en         VARCHAR(500) NOT NULL,
  regulation      VARCHAR(500) NOT NULL,
  effective_date  DATE         NOT NULL,
  checksum        VARCHAR(64)  NOT NULL,
  loaded_at       ${datetime}  NOT NULL,
  version         BIGINT       NOT NULL,
  CONSTRAINT uq_catalog_preset UNIQUE (code, preset_version)
) ${table_options};

CREATE TABLE preset_category (
  id                BIGINT       NOT NULL PRIMARY KEY,
  preset_id         BIGINT       NOT NULL,
  unit_level        VARCHAR(32)  NOT NULL,
  code              VARCHAR(64)  NOT NULL,
  parent_code       VARCHAR(64),
  sort_order        INT          NOT NULL,
  name_vi           VARCHAR(255) NOT NULL,
  name_en           VARCHAR(255) NOT NULL,
  content_type      VARCHAR(32)  NOT NULL,
  legal_basis       VARCHAR(255) NOT NULL,
  mandatory         BOOLEAN      NOT NULL,
  english_required  BOOLEAN      NOT NULL,
  on_home           BOOLEAN      NOT NULL,
  retention_kind    VARCHAR(32),
  retention_years   INT          NOT NULL,
  version           BIGINT       NOT NULL,
  CONSTRAINT uq_preset_category UNIQUE (preset_id, unit_level, code),
  CONSTRAINT fk_preset_category_preset FOREIGN KEY (preset_id) REFERENCES catalog_preset (id)
) ${table_options};

-- preset_category_id NULL: a rule of the whole portal (e.g. MIC Art. 14.1, edited within 4 working hours).
CREATE TABLE preset_rule (
  id                  BIGINT       NOT NULL PRIMARY KEY,
  preset_id           BIGINT       NOT NULL,
  preset_category_id  BIGINT,
  sort_order          INT          NOT NULL,
  trigger_code        VARCHAR(32),
  condition_code      VARCHAR(32),
  deadline_kind       VARCHAR(32),
  deadline_amount     INT          NOT NULL,
  recurrence_kind     VARCHAR(32),
  also_on_days_off    BOOLEAN      NOT NULL,
  legal_basis         VARCHAR(255) NOT NULL,
  version             BIGINT       NOT NULL,
  CONSTRAINT fk_preset_rule_preset FOREIGN KEY (preset_id) REFERENCES catalog_preset (id),
  CONSTRAINT fk_preset_rule_category FOREIGN KEY (preset_category_id) REFERENCES preset_category (id)
) ${table_options};

ALTER TABLE unit ADD COLUMN preset_code VARCHAR(64);
ALTER TABLE unit ADD COLUMN preset_version INT;

ALTER TABLE category ADD COLUMN parent_id BIGINT;
ALTER TABLE category ADD COLUMN hidden BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE category ADD COLUMN legal_basis VARCHAR(255);
ALTER TABLE category ADD COLUMN mandatory BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE category ADD COLUMN english_required BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE category ADD COLUMN retention_kind VARCHAR(32);
ALTER TABLE category ADD COLUMN retention_years INT;
ALTER TABLE category ADD COLUMN origin VARCHAR(16) DEFAULT 'LOCAL' NOT NULL;
ALTER TABLE category ADD COLUMN preset_category_id BIGINT;
ALTER TABLE category ADD COLUMN local_changes VARCHAR(200);
ALTER TABLE category ADD CONSTRAINT fk_category_parent FOREIGN KEY (parent_id) REFERENCES category (id);
ALTER TABLE category ADD CONSTRAINT fk_category_preset FOREIGN KEY (preset_category_id) REFERENCES preset_category (id);
-- the citizen menu (visible top-level categories in order) renders on every page
CREATE INDEX ix_category_menu ON category (tenant_id, parent_id, hidden, sort_order);

CREATE TABLE category_rule (
  id                BIGINT       NOT NULL PRIMARY KEY,
  tenant_id         BIGINT       NOT NULL,
  category_id       BIGINT       NOT NULL,
  sort_order        INT          NOT NULL,
  trigger_code      VARCHAR(32),
  condition_code    VARCHAR(32),
  deadline_kind     VARCHAR(32),
  deadline_amount   INT          NOT NULL,
  recurrence_kind   VARCHAR(32),
  also_on_days_off  BOOLEAN      NOT NULL,
  legal_basis       VARCHAR(255) NOT NULL,
  version           BIGINT       NOT NULL,
  CONSTRAINT fk_category_rule_unit FOREIGN KEY (tenant_id) REFERENCES unit (id),
  CONSTRAINT fk_category_rule_category FOREIGN KEY (category_id) REFERENCES category (id)
) ${table_options};
CREATE INDEX ix_category_rule ON category_rule (tenant_id, category_id, sort_order);
