package vn.cong.provisioning.reorganising;

/** A portal stopped: the hostname that now answers 410, and how many of its people's accounts were deactivated. */
public record Stopped(long reorganisationId, long unitId, String hostname, int accountsDeactivated) {
}
