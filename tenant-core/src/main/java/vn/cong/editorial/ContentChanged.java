package vn.cong.editorial;

/** Fired (after commit) when what citizens see of a unit changed: the page cache drops that unit's pages. */
public record ContentChanged(long unitId) {
}
