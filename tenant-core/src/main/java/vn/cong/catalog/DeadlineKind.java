package vn.cong.catalog;

/**
 * How a publication deadline is counted. The first four take a number N; {@link #SAME_DAY} is computed without one;
 * the last three have no number in the law and give no due date — they are flagged, never replaced by an invented
 * number.
 */
public enum DeadlineKind {
    /** N working days after the trigger day (weekends, public holidays and official days off excluded). */
    WORKING_DAYS(true, true),
    /** N hours of office time after the trigger moment (MIC Art. 14.1: 4 working hours). */
    WORKING_HOURS(true, true),
    /** N calendar days under the Civil Code (Art. 147–148): a last day off rolls to the next working day. */
    CALENDAR_DAYS(true, true),
    /** N elapsed clock hours after the trigger moment (BNV Art. 7.1a: 24 and 48 hours). */
    HOURS(true, true),
    /** Within the trigger day itself (VP Art. 6.2: emergency documents). */
    SAME_DAY(false, true),
    /** "Ngay" — immediately on the trigger, with no number (VP Art. 6.6, BNV Art. 7.4c). */
    IMMEDIATELY(false, false),
    /** "Kịp thời, thường xuyên" — promptly, continuously, with no number (VP Art. 6.1, ND Art. 7.1a). */
    PROMPTLY(false, false),
    /** "Theo thời hạn xin ý kiến" — published for the comment period its draft sets (BNV Art. 7.4b). */
    COMMENT_PERIOD(false, false);

    private final boolean counted;
    private final boolean computable;

    DeadlineKind(boolean counted, boolean computable) {
        this.counted = counted;
        this.computable = computable;
    }

    /** Takes a number N. */
    public boolean isCounted() {
        return counted;
    }

    /** Gives a due date; false for the kinds the law leaves without a number. */
    public boolean isComputable() {
        return computable;
    }

    /** Counted in hours from a moment, rather than in days from a day. */
    public boolean isHourly() {
        return this == WORKING_HOURS || this == HOURS;
    }
}
