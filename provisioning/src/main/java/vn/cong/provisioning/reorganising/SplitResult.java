package vn.cong.provisioning.reorganising;

/** A split done: the old unit's hostname now lists its successors; how much went to the first of them. */
public record SplitResult(long reorganisationId, long unitId, int successors, int items, int accountsCarried,
                          int accountsDeactivated) {
}
