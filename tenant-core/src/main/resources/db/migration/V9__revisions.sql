-- Revisions of items (REQUIREMENTS §2: every save is a revision; the published revision and the working draft
-- coexist; a major change carries a change note shown to citizens) and the item's inbox clock (MIC Art. 14.1).
-- Same placeholders as V1: ${table_options}, ${text}, ${datetime}. One ALTER per column (H2 and MySQL/MariaDB).

-- One saved version of an item's text, numbered per item, never updated except for the moment it went public.
CREATE TABLE item_revision (
  id              BIGINT        NOT NULL PRIMARY KEY,
  tenant_id       BIGINT        NOT NULL,
  item_id         BIGINT        NOT NULL,
  revision_no     INT           NOT NULL,
  category_id     BIGINT        NOT NULL,
  field_code      VARCHAR(64),
  title           VARCHAR(500)  NOT NULL,
  summary         VARCHAR(2000),
  body            ${text},
  quoted          BOOLEAN       NOT NULL,
  source_name     VARCHAR(500),
  author_name     VARCHAR(255),
  permission_ref  VARCHAR(255),
  saved_by        BIGINT        NOT NULL,
  saved_by_name   VARCHAR(128)  NOT NULL,
  saved_at        ${datetime}   NOT NULL,
  change_note     VARCHAR(2000),
  is_major        BOOLEAN       NOT NULL,
  published_at    ${datetime},
  version         BIGINT        NOT NULL,
  CONSTRAINT uq_item_revision UNIQUE (tenant_id, item_id, revision_no),
  CONSTRAINT fk_item_revision_unit FOREIGN KEY (tenant_id) REFERENCES unit (id),
  CONSTRAINT fk_item_revision_item FOREIGN KEY (item_id) REFERENCES item (id)
) ${table_options};
CREATE INDEX ix_item_revision_published ON item_revision (tenant_id, item_id, published_at);

-- When the secretariat received the item (its last submission): the 4 working hours of MIC Art. 14.1 count from
-- here, and taking the item does not restart them. Items already waiting get the time they entered their state.
ALTER TABLE item ADD COLUMN received_at ${datetime};
UPDATE item SET received_at = state_since WHERE state IN ('SUBMITTED', 'IN_EDIT', 'ESCALATED');

-- A published item's working revision that citizens do not see yet (an amendment), and since when it waits.
ALTER TABLE item ADD COLUMN pending_revision_id BIGINT;
ALTER TABLE item ADD COLUMN pending_since ${datetime};
CREATE INDEX ix_item_pending ON item (tenant_id, state, pending_revision_id);
