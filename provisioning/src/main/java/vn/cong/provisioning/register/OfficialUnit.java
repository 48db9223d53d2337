package vn.cong.provisioning.register;

import vn.cong.tenancy.UnitLevel;

/**
 * One unit of an official list of administrative units: its GSO code (the key of imports, re-runs and
 * reorganisations), its name with the type prefix as published ("Xã Đạo Trù"), its level, and its parent's code
 * (null for a province).
 */
public record OfficialUnit(String code, String name, UnitLevel level, String parentCode) {
}
