package vn.cong.catalog;

/** How long published information stays published (thời hạn công khai, lưu trữ). */
public enum RetentionKind {
    /** Vĩnh viễn, unless an authority decides otherwise (BNV Art. 7.5). */
    PERMANENT,
    /** Published continuously and kept current (MIC Art. 15.2a: introduction, procedures, licences, contacts). */
    CONTINUOUS,
    /** At least N years after publication (MIC Art. 15.2c: 5 years). */
    YEARS,
    /** While in force, then N more years (MIC Art. 15.2b: expired legal documents 1 year). */
    YEARS_AFTER_EXPIRY,
    /** As the archives law requires (VP Art. 11.1, ND Art. 7.2): no period to compute. */
    ARCHIVAL_LAW;

    /** Counted in years (the years are part of the rule); the other kinds take none. */
    public boolean countsYears() {
        return this == YEARS || this == YEARS_AFTER_EXPIRY;
    }
}
