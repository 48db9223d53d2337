package vn.cong.platform;

/**
 * Fired (after commit) when what citizens see of a unit changed — a publication, a catalog change, a corrected field:
 * the page cache, the menus and the article views drop that unit's entries. In the platform package because every
 * feature that changes public content fires it (editorial, catalog, content) and none should depend on another for it.
 */
public record ContentChanged(long unitId) {
}
