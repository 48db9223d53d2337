-- A platform operator belongs to the platform, not to a unit: the first one is created before any unit exists
-- (vn.cong.identity.FirstOperator). Unit accounts keep their home unit; the foreign key still checks it.
ALTER TABLE account ${modify_column} home_unit_id BIGINT NULL;
