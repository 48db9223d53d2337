package vn.cong.tenancy;

/**
 * Life of a unit portal: units merge and retire over time (the 2025 reorganisation). {@code ARCHIVED}: merged, its
 * content kept where it was by choice — its portal stays readable at its own addresses as an archive, with a notice
 * leading to the successor, and takes nothing new.
 */
public enum UnitState {
    ACTIVE, MERGED, RETIRED, ARCHIVED
}
