package vn.cong.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Vietnam's national working calendar (lịch làm việc): which days state bodies work, and the deadline
 * arithmetic the regulations use — working days (REQUIREMENTS §4), calendar-day periods under the Civil Code,
 * and working hours for the editorial 4-hour rule (MIC Art. 14.1).
 *
 * <p>A day is a working day unless it is a weekly rest day (Sunday, and Saturday since 2 October 1999), a public
 * holiday of the law in force on its date ({@link HolidayLaw}: the Labor Code 2019, 2012 or 1994, and for
 * 1980–1994 the Labor Code 1994's list by approximation) or an extra day off of the year's official schedule; a rest
 * day that the schedule swaps into a working day is one. A year without an official schedule gets the law's
 * compensatory days by rule and is marked computed ({@link CalendarDay#official()} false).
 *
 * <p>The implementations differ only in where the official schedule comes from: {@link InMemoryWorkingCalendar}
 * is given it (tests, tools), {@code DatabaseWorkingCalendar} reads the operators' table. Years outside
 * {@value #FIRST_YEAR}–{@value #LAST_YEAR} are refused with a {@link vn.cong.platform.DomainException}
 * (422, {@code calendar.year.unsupported}).
 */
public interface WorkingCalendar {

    /**
     * The first year the calendar covers. The Labor Code 1994 took effect in 1995; for 1980–1994 its holidays are
     * applied as an approximation ({@link HolidayLaw#BEFORE_LABOR_CODE_1994}).
     */
    int FIRST_YEAR = 1980;
    /** The lunar calendar is verified up to this year. */
    int LAST_YEAR = VietnameseLunarCalendar.LAST_YEAR;

    boolean isWorkingDay(LocalDate day);

    /** The days of {@code year} that depart from the ordinary week (holidays, extra days off, worked Saturdays). */
    List<CalendarDay> holidays(int year);

    OfficeHours officeHours();

    /**
     * The {@code n}-th working day after {@code from} ({@code from} itself never counts, whatever it is); for a
     * negative {@code n}, the |n|-th working day before it; {@code from} for 0.
     * For {@code n >= 0}, always {@code workingDaysBetween(from, addWorkingDays(from, n)) == n}.
     */
    default LocalDate addWorkingDays(LocalDate from, int n) {
        int step = n >= 0 ? 1 : -1;
        LocalDate day = from;
        for (int left = Math.abs(n); left > 0; ) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * The number of working days in the half-open interval ({@code from}, {@code to}]: {@code from} excluded,
     * {@code to} included — the days that pass between an event on {@code from} and the end of {@code to}.
     * 0 when both are the same day; negative (the same count, negated) when {@code to} is before {@code from}.
     */
    default int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The last day of a period of {@code calendarDays} days that an event on {@code trigger} starts, under the
     * Civil Code 2015: the day of the event does not count, the period starts the next day (Art. 147(3)) and
     * ends at the end of its last day (Art. 148(1)); when that day is a weekend or a public holiday, it ends at
     * the end of the next working day (Art. 148(5)). Days off of the official schedule count as holidays here.
     * The period ends at 24:00 of the returned day (Art. 148(6)).
     */
    default LocalDate deadlineInDays(LocalDate trigger, int calendarDays) {
        if (calendarDays < 1) {
            throw new IllegalArgumentException("A period counts at least one day: " + calendarDays);
        }
        LocalDate last = trigger.plusDays(calendarDays);
        while (!isWorkingDay(last)) {
            last = last.plusDays(1);
        }
        return last;
    }

    /**
     * The moment {@code amount} of office time has passed after {@code from}: only {@link #officeHours()} of
     * working days count (see {@link OfficeHours}). The result is in the zone of {@code from}.
     */
    default ZonedDateTime addWorkingHours(ZonedDateTime from, Duration amount) {
        return officeHours().add(from, amount, this::isWorkingDay);
    }

    default ZonedDateTime addWorkingHours(ZonedDateTime from, int hours) {
        return addWorkingHours(from, Duration.ofHours(hours));
    }
}
