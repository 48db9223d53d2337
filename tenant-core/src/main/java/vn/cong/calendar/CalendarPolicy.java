package vn.cong.calendar;

/**
 * Who may record the official schedule of a year (the days the government fixes, swapped working days): the platform
 * operator only — the calendar is national, every unit's deadlines are counted on it, so no unit's role reaches it.
 */
public final class CalendarPolicy {

    private CalendarPolicy() {
    }

    /** {@code operator}: the caller holds the platform-wide operator grant. */
    public static boolean mayRecordSchedule(boolean operator) {
        return operator;
    }
}
