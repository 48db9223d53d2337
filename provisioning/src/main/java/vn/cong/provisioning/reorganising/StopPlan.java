package vn.cong.provisioning.reorganising;

/**
 * What stopping a portal will do, before it is done: the hostname that will answer 410, the published items citizens
 * will no longer read there, the accounts that will be deactivated. Nothing is written to produce it.
 */
public record StopPlan(long unitId, String officialName, String hostname, long publishedItems, long accounts) {
}
