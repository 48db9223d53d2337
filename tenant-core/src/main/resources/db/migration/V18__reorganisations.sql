-- Reorganisations (issue #11.5): units merged, split, re-parented, renamed or retired by a decision. A
-- reorganisation is applied in one transaction; the successions it leaves are the units' history ("Hợp nhất từ …")
-- and the source of every old address's 301, together with the paths whose content moved (moved_path).
CREATE TABLE reorganisation (
  id               BIGINT        NOT NULL PRIMARY KEY,
  kind             VARCHAR(16)   NOT NULL,
  decision_no      VARCHAR(128)  NOT NULL,
  decision_date    DATE          NOT NULL,
  effective_on     DATE          NOT NULL,
  content_choice   VARCHAR(16)   NOT NULL,
  accounts_choice  VARCHAR(16)   NOT NULL,
  applied_by       BIGINT,
  applied_by_name  VARCHAR(128)  NOT NULL,
  applied_at       ${datetime}   NOT NULL,
  summary          VARCHAR(2000),
  version          BIGINT        NOT NULL
) ${table_options};

CREATE TABLE unit_succession (
  id                 BIGINT       NOT NULL PRIMARY KEY,
  reorganisation_id  BIGINT       NOT NULL,
  predecessor_id     BIGINT       NOT NULL,
  successor_id       BIGINT       NOT NULL,
  share_kind         VARCHAR(8)   NOT NULL,
  version            BIGINT       NOT NULL,
  CONSTRAINT fk_succession_reorganisation FOREIGN KEY (reorganisation_id) REFERENCES reorganisation (id),
  CONSTRAINT fk_succession_predecessor FOREIGN KEY (predecessor_id) REFERENCES unit (id),
  CONSTRAINT fk_succession_successor FOREIGN KEY (successor_id) REFERENCES unit (id),
  CONSTRAINT uq_unit_succession UNIQUE (predecessor_id, successor_id)
) ${table_options};
CREATE INDEX ix_succession_successor ON unit_succession (successor_id);

CREATE TABLE moved_path (
  id            BIGINT        NOT NULL PRIMARY KEY,
  from_unit_id  BIGINT        NOT NULL,
  from_path     VARCHAR(512)  NOT NULL,
  to_unit_id    BIGINT        NOT NULL,
  to_path       VARCHAR(512)  NOT NULL,
  version       BIGINT        NOT NULL,
  CONSTRAINT uq_moved_path UNIQUE (from_unit_id, from_path)
) ${table_options};

-- A retired or merged unit keeps its record and hostnames (they redirect) and gives its official code up — the
-- 2025 lists reuse some codes for other units — keeping it as former_code for its history.
ALTER TABLE unit ADD COLUMN retired_at ${datetime};
ALTER TABLE unit ADD COLUMN former_code VARCHAR(16);
