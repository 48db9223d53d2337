package vn.cong.provisioning.reorganising;

/** A merge done: the reorganisation's record, the successor, and how much was moved or carried. */
public record MergeResult(long reorganisationId, long successorId, String successorHostname, int units, int items,
                          int categoriesMoved, int accountsCarried, int accountsDeactivated) {
}
