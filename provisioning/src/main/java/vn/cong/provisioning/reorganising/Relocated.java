package vn.cong.provisioning.reorganising;

/** A unit moved or renamed: where it answers now, and the name it answered at before (now a permanent redirect). */
public record Relocated(long reorganisationId, long unitId, String officialName, String hostname,
                        String formerHostname) {
}
