package vn.cong.calendar;

/** How a day departs from the ordinary week (Monday to Friday; before 2 October 1999, Monday to Saturday). */
public enum DayKind {
    /** A day of a public holiday of the law in force ({@link HolidayLaw}), as computed or as officially fixed. */
    HOLIDAY,
    /** An extra day off: a compensatory day (nghỉ bù, by rule or from the official schedule) or a swapped day. */
    DAY_OFF,
    /** A weekly rest day worked instead of a swapped day off (làm bù); it counts as a working day. */
    WORKING_DAY
}
