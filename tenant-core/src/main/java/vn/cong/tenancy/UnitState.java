package vn.cong.tenancy;

/** Life of a unit portal: units merge and retire over time (the 2025 reorganisation). */
public enum UnitState {
    ACTIVE, MERGED, RETIRED
}
