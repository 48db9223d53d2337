package vn.cong.calendar;

/** How a day departs from the ordinary Monday-to-Friday week. */
public enum DayKind {
    /** A day of a public holiday of the Labor Code (Art. 112), as computed or as officially fixed for the year. */
    HOLIDAY,
    /** An extra day off from the official schedule: a compensatory day (nghỉ bù) or a swapped day (nghỉ hoán đổi). */
    DAY_OFF,
    /** A weekend day worked instead of a swapped day off (làm bù); it counts as a working day. */
    WORKING_DAY
}
