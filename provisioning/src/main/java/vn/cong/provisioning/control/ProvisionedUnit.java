package vn.cong.provisioning.control;

/**
 * The answer to a provisioning request: the unit, where it answers, its first administrator, and the preset version
 * its catalog follows ("vinh-phuc-32-2023@1").
 */
public record ProvisionedUnit(long id, String officialName, String level, String hostname, String englishHostname,
                              String url, String adminUsername, String adminInitialPassword, String preset) {
}
