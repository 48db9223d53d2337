package vn.cong.compliance;

/**
 * An obligation as a dashboard or the API lists it: the obligation, its status now, the rule in words, the
 * category's name in the reader's language (the portal's name for rules of the whole portal), and whether it is very
 * overdue ({@link StatusRule#isVeryOverdue}: a tier of OVERDUE).
 */
public record ObligationRow(Obligation obligation, ObligationStatus status, String ruleInWords, String categoryName,
                            String categoryCode, boolean veryOverdue) {
}
