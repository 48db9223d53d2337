package vn.cong.calendar;

import java.time.LocalDate;

/**
 * A day that departs from the ordinary week: a holiday, an extra day off, or a rest day worked. Ordinary weekly rest
 * days are not listed. {@code holiday} is set for {@link DayKind#HOLIDAY} days.
 *
 * <p>{@code official} is true when the day's year has lines of the official schedule (operators entered the
 * government's notice; the year's list is then taken as complete), false when the year is computed from the rules
 * alone. {@code basis} is the legal basis of the day: the recorded basis of an official line, otherwise the article
 * of the law in force ({@link HolidayLaw#basis()}, {@link HolidayLaw#compensatoryBasis()}).
 */
public record CalendarDay(LocalDate date, DayKind kind, StatutoryHoliday holiday, String nameVi, String nameEn,
                          boolean official, String basis) {

    public boolean isDayOff() {
        return kind != DayKind.WORKING_DAY;
    }

    /** The name in a language ("vi" or "en"); Vietnamese by default. */
    public String name(String language) {
        return "en".equals(language) ? nameEn : nameVi;
    }
}
