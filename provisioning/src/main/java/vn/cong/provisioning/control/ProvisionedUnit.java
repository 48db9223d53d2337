package vn.cong.provisioning.control;

import java.time.Instant;

/**
 * The answer to a provisioning request: the unit, where it answers, its first administrator, and the preset version
 * its catalog follows ("vinh-phuc-32-2023@1"). An administrator given an address and no password is invited
 * ({@code invitation}: where the one-time link went, until when it works, whether e-mail is on to send it now);
 * one given neither gets a generated password, shown here once ({@code adminInitialPassword}).
 */
public record ProvisionedUnit(long id, String officialName, String level, String hostname, String englishHostname,
                              String url, String adminUsername, String adminInitialPassword, String preset,
                              Invitation invitation) {

    public record Invitation(String email, Instant expiresAt, boolean mailedNow) {
    }
}
