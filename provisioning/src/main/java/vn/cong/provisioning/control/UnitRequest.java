package vn.cong.provisioning.control;

/**
 * What it takes to open a unit's portal: where it sits, what it is called, and its first administrator.
 * {@code hostLabel} overrides the naming rule where a unit has an established short name ("mic"). {@code preset}
 * names the regulation preset of its information catalog ("vinh-phuc-32-2023"); left out, the unit follows its
 * parent's preset when that has a catalog for its level, else the Decree 42/2022 baseline. {@code officialCode} is the
 * unit's GSO code where it has one ("08914"): unique among active units, and the key of imports and reorganisations;
 * a unit of the official list is named among its official siblings ({@code HostnamePolicy.siblingLabels}).
 */
public record UnitRequest(Long parentId, String level, String officialName, String abbreviation, String englishName,
                          String hostLabel, String theme, AdminRequest admin, String preset, String officialCode) {

    /** The first administrator; username and password may be left out to have them generated. */
    public record AdminRequest(String username, String fullName, String email, String password) {
    }
}
