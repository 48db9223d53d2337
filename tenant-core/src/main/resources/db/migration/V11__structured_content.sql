-- Structured fields of catalog-driven content types (REQUIREMENTS §3.5, 3.6, 3.8, 3.11): the field schema is data
-- (catalog/content-schemas.json), the values are rows, one per (item, field). Rows rather than a JSON column
-- because the document search must be indexable on H2 and MySQL/MariaDB alike, and their JSON functions differ.
--   text_value   the value as entered (NFC), what pages and the API show
--   key_value    folded (lower case, no diacritics) short form of searchable text and enum fields: indexed
--   folded_text  folded words of a searchable long text (a document's summary): matched with LIKE per word
--   date_value   DATE fields (range search: issue date)
--   number_value NUMBER and MONEY fields
CREATE TABLE item_field (
  id            BIGINT        NOT NULL PRIMARY KEY,
  tenant_id     BIGINT        NOT NULL,
  item_id       BIGINT        NOT NULL,
  field_code    VARCHAR(64)   NOT NULL,
  text_value    VARCHAR(4000) NOT NULL,
  key_value     VARCHAR(191),
  folded_text   VARCHAR(4000),
  date_value    DATE,
  number_value  DECIMAL(20,2),
  version       BIGINT        NOT NULL,
  CONSTRAINT uq_item_field UNIQUE (tenant_id, item_id, field_code),
  CONSTRAINT fk_item_field_unit FOREIGN KEY (tenant_id) REFERENCES unit (id),
  CONSTRAINT fk_item_field_item FOREIGN KEY (item_id) REFERENCES item (id)
) ${table_options};
CREATE INDEX ix_item_field_key ON item_field (tenant_id, field_code, key_value);
CREATE INDEX ix_item_field_date ON item_field (tenant_id, field_code, date_value);

-- Files attached to items (a document's full text, an org chart): the bytes live in the file store under their
-- SHA-256; the row says whose they are and what they are. item_id stays null until the item's fields name it.
CREATE TABLE attachment (
  id            BIGINT        NOT NULL PRIMARY KEY,
  tenant_id     BIGINT        NOT NULL,
  item_id       BIGINT,
  file_name     VARCHAR(255)  NOT NULL,
  content_type  VARCHAR(128)  NOT NULL,
  size_bytes    BIGINT        NOT NULL,
  sha256        CHAR(64)      NOT NULL,
  uploaded_by   BIGINT        NOT NULL,
  uploaded_at   ${datetime}   NOT NULL,
  version       BIGINT        NOT NULL,
  CONSTRAINT fk_attachment_unit FOREIGN KEY (tenant_id) REFERENCES unit (id)
) ${table_options};
CREATE INDEX ix_attachment_item ON attachment (tenant_id, item_id);
