package vn.cong.provisioning.control;

/**
 * What it takes to open a unit's portal: where it sits, what it is called, and its first administrator.
 * {@code hostLabel} overrides the naming rule where a unit has an established short name ("mic").
 */
public record UnitRequest(Long parentId, String level, String officialName, String abbreviation, String englishName,
                          String hostLabel, String theme, AdminRequest admin) {

    /** The first administrator; username and password may be left out to have them generated. */
    public record AdminRequest(String username, String fullName, String email, String password) {
    }
}
