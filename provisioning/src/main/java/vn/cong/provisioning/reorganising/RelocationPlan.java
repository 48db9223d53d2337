package vn.cong.provisioning.reorganising;

import java.util.List;

/**
 * What a relocation will do, before it is done: the unit's name and hostname after it (the one before will
 * redirect), and each active unit below it with its hostname before and after. Nothing is written to produce it.
 */
public record RelocationPlan(long unitId, String officialName, String newName, String formerHostname, String hostname,
                             List<HostChange> below) {

    public record HostChange(long unitId, String officialName, String formerHostname, String hostname) {
    }
}
