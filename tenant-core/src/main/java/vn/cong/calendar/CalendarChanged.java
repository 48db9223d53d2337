package vn.cong.calendar;

/** Fired when the official schedule changed: the working calendar reloads after commit. */
public record CalendarChanged() {
}
