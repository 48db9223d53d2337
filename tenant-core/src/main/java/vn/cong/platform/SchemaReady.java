package vn.cong.platform;

/** Fired once at start-up after Flyway brought the schema up to date; demo data and caches wait for it. */
public record SchemaReady(String databaseProduct) {
}
