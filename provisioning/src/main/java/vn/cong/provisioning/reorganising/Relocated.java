package vn.cong.provisioning.reorganising;

/**
 * A unit moved or renamed: where it answers now, the name it answered at before (now a permanent redirect), and how
 * many active units under it moved with it (each under its new name, the old one a redirect too).
 */
public record Relocated(long reorganisationId, long unitId, String officialName, String hostname,
                        String formerHostname, int unitsBelow) {
}
