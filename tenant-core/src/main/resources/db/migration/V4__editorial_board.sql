-- The editorial board (Ban Biên tập) and its workflow (REQUIREMENTS §2; MIC Art. 5, 12–14; BNV Art. 3–4, 7, 11).
-- Same placeholders as V1: ${table_options}, ${text}, ${datetime}. One ALTER per column: H2 and MySQL/MariaDB
-- agree on that form.

-- Subject fields (lĩnh vực) of a unit: data per unit; board members are assigned by field.
CREATE TABLE subject_field (
  id          BIGINT       NOT NULL PRIMARY KEY,
  tenant_id   BIGINT       NOT NULL,
  code        VARCHAR(64)  NOT NULL,
  name_vi     VARCHAR(255) NOT NULL,
  name_en     VARCHAR(255) NOT NULL,
  sort_order  INT          NOT NULL,
  version     BIGINT       NOT NULL,
  CONSTRAINT uq_subject_field_code UNIQUE (tenant_id, code),
  CONSTRAINT fk_subject_field_unit FOREIGN KEY (tenant_id) REFERENCES unit (id)
) ${table_options};

-- What a grant carries besides its role: the fields a MEMBER covers, the contributing unit of a FOCAL_OFFICER.
ALTER TABLE role_grant ADD COLUMN contributing_unit VARCHAR(255);
CREATE TABLE role_grant_field (
  role_grant_id  BIGINT      NOT NULL,
  field_code     VARCHAR(64) NOT NULL,
  CONSTRAINT pk_role_grant_field PRIMARY KEY (role_grant_id, field_code),
  CONSTRAINT fk_grant_field_grant FOREIGN KEY (role_grant_id) REFERENCES role_grant (id) ON DELETE CASCADE
) ${table_options};

-- The item's place in the board's workflow, its attribution (MIC Art. 9.3, VP Art. 4.4, BNV Art. 3.5–3.6) and,
-- once unpublished, what citizens get instead (410, 301 to the consolidating item, or a withdrawal notice).
ALTER TABLE item ADD COLUMN quoted BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE item ADD COLUMN permission_ref VARCHAR(255);
ALTER TABLE item ADD COLUMN field_code VARCHAR(64);
ALTER TABLE item ADD COLUMN is_sensitive BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE item ADD COLUMN state_since ${datetime};
ALTER TABLE item ADD COLUMN taken_by BIGINT;
ALTER TABLE item ADD COLUMN escalated_to BIGINT;
ALTER TABLE item ADD COLUMN approved_by BIGINT;
ALTER TABLE item ADD COLUMN scheduled_at ${datetime};
ALTER TABLE item ADD COLUMN publish_failure VARCHAR(1000);
ALTER TABLE item ADD COLUMN force_published_by BIGINT;
ALTER TABLE item ADD COLUMN force_reason VARCHAR(2000);
ALTER TABLE item ADD COLUMN review_pending BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE item ADD COLUMN reviewed_by BIGINT;
ALTER TABLE item ADD COLUMN unpublishing_reason VARCHAR(32);
ALTER TABLE item ADD COLUMN unpublishing_note VARCHAR(2000);
ALTER TABLE item ADD COLUMN consolidated_into BIGINT;
ALTER TABLE item ADD COLUMN unpublished_at ${datetime};
UPDATE item SET state_since = updated_at;
CREATE INDEX ix_item_state ON item (tenant_id, state, state_since);
CREATE INDEX ix_item_escalated ON item (tenant_id, escalated_to, state);

-- Unpublishing reasons are data with behaviour (as GOV.UK Whitehall's UnpublishingReason):
--   GONE       the address answers 410 Gone;
--   REDIRECT   301 to the item that consolidated it;
--   WITHDRAWN  the item stays readable with a withdrawal notice (its note, its date).
CREATE TABLE unpublishing_reason (
  code         VARCHAR(32)  NOT NULL PRIMARY KEY,
  name_vi      VARCHAR(255) NOT NULL,
  name_en      VARCHAR(255) NOT NULL,
  behaviour    VARCHAR(16)  NOT NULL,
  sort_order   INT          NOT NULL
) ${table_options};
INSERT INTO unpublishing_reason (code, name_vi, name_en, behaviour, sort_order) VALUES
 ('PUBLISHED_IN_ERROR', 'Đăng nhầm', 'Published in error', 'GONE', 1),
 ('CONSOLIDATED', 'Đã hợp nhất vào tin bài khác', 'Consolidated into another item', 'REDIRECT', 2),
 ('WITHDRAWN', 'Rút lại (vẫn lưu để tra cứu)', 'Withdrawn (kept for reference)', 'WITHDRAWN', 3),
 ('RETENTION_ENDED', 'Hết thời hạn lưu trữ (MIC Đ.15.2)', 'Retention period ended (MIC Art. 15.2)', 'GONE', 4);

-- A unit's own version of the rejection reasons: a row with a platform code renames or disables it, a row
-- with a new code adds a reason of the unit's regulation. The platform list (rejection_reason) stays the default.
CREATE TABLE unit_rejection_reason (
  id           BIGINT       NOT NULL PRIMARY KEY,
  tenant_id    BIGINT       NOT NULL,
  code         VARCHAR(32)  NOT NULL,
  name_vi      VARCHAR(255) NOT NULL,
  name_en      VARCHAR(255) NOT NULL,
  legal_basis  VARCHAR(128) NOT NULL,
  enabled      BOOLEAN      NOT NULL,
  sort_order   INT          NOT NULL,
  version      BIGINT       NOT NULL,
  CONSTRAINT uq_unit_rejection_reason UNIQUE (tenant_id, code),
  CONSTRAINT fk_unit_rejection_reason_unit FOREIGN KEY (tenant_id) REFERENCES unit (id)
) ${table_options};

-- Items waiting for their publication time, for every unit: platform data read by the scheduler in one query.
-- A row is claimed with a row lock (SELECT … FOR UPDATE) and deleted in the transaction that publishes its item,
-- so each item is published once however many instances run the scheduler.
CREATE TABLE scheduled_publication (
  id         BIGINT      NOT NULL PRIMARY KEY,
  unit_id    BIGINT      NOT NULL,
  item_id    BIGINT      NOT NULL,
  due_at     ${datetime} NOT NULL,
  version    BIGINT      NOT NULL,
  CONSTRAINT uq_scheduled_publication_item UNIQUE (item_id),
  CONSTRAINT fk_scheduled_publication_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
  CONSTRAINT fk_scheduled_publication_item FOREIGN KEY (item_id) REFERENCES item (id)
) ${table_options};
CREATE INDEX ix_scheduled_publication_due ON scheduled_publication (due_at);
