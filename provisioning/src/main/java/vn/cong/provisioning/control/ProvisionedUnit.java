package vn.cong.provisioning.control;

/** The answer to a provisioning request: the unit, where it answers, and its first administrator. */
public record ProvisionedUnit(long id, String officialName, String level, String hostname, String englishHostname,
                              String url, String adminUsername, String adminInitialPassword) {
}
