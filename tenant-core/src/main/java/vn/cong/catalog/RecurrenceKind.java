package vn.cong.catalog;

/** How often information is due regardless of any event (định kỳ). */
public enum RecurrenceKind {
    /** At least once each working day (MIC Art. 15.1). */
    EACH_WORKING_DAY,
    /** Once a month (licences, MIC Art. 11.2c). */
    MONTHLY,
    /** Every six months (enterprise disclosures, MIC Art. 11.2n). */
    SEMI_ANNUAL,
    /** Once a year (annual financial reports). */
    YEARLY,
    /** On the period an authority approved (periodic statistics, MIC Art. 11.2d): no period to compute. */
    AS_APPROVED
}
