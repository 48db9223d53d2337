package vn.cong.catalog;

/** Where a category of a unit's catalog comes from. */
public enum CategoryOrigin {
    /** Instantiated from the preset version the unit follows (possibly with local changes). */
    PRESET,
    /** Added by the unit itself; no preset knows it. */
    LOCAL,
    /** Came from a preset whose newer version dropped it: hidden, never deleted, its items kept. */
    RETIRED
}
