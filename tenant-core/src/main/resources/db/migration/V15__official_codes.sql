-- A unit's official administrative code (the GSO's: 2 digits a province, 3 a district, 5 a commune) is the key of
-- imports, re-runs and reorganisations. Units without one (departments, ministries, thematic sites) keep NULL; a
-- retired unit gives its code up (a successor may take it), so the index holds active codes only.
ALTER TABLE unit ADD COLUMN official_code VARCHAR(16) NULL;
CREATE UNIQUE INDEX uq_unit_official_code ON unit (official_code);
