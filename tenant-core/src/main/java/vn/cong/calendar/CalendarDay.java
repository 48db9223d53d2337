package vn.cong.calendar;

import java.time.LocalDate;

/**
 * A day that departs from the ordinary week: a holiday, an extra day off, or a Saturday worked. Ordinary
 * weekends are not listed. {@code holiday} is set for {@link DayKind#HOLIDAY} days.
 */
public record CalendarDay(LocalDate date, DayKind kind, StatutoryHoliday holiday, String nameVi, String nameEn) {

    public boolean isDayOff() {
        return kind != DayKind.WORKING_DAY;
    }

    /** The name in a language ("vi" or "en"); Vietnamese by default. */
    public String name(String language) {
        return "en".equals(language) ? nameEn : nameVi;
    }
}
