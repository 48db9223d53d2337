package vn.cong.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One Gregorian year of the national working calendar: the Labor Code's holidays on their default days, then
 * the year's official schedule on top — official days of a holiday replace its defaults, extra days off are
 * added, swapped Saturdays become working days. Immutable once built.
 */
final class YearSchedule {

    private final NavigableMap<LocalDate, CalendarDay> days;

    private YearSchedule(NavigableMap<LocalDate, CalendarDay> days) {
        this.days = days;
    }

    /** {@code adjustments} may hold other years' lines; only this year's are used. */
    static YearSchedule of(int year, List<Adjustment> adjustments) {
        List<Adjustment> ofYear = adjustments.stream().filter(a -> a.date().getYear() == year).toList();
        Map<StatutoryHoliday, List<LocalDate>> official = new EnumMap<>(StatutoryHoliday.class);
        for (Adjustment adjustment : ofYear) {
            if (adjustment.kind() == DayKind.HOLIDAY) {
                official.computeIfAbsent(adjustment.holiday(), h -> new ArrayList<>()).add(adjustment.date());
            }
        }
        NavigableMap<LocalDate, CalendarDay> days = new TreeMap<>();
        for (StatutoryHoliday holiday : StatutoryHoliday.values()) {
            for (LocalDate date : official.getOrDefault(holiday, holiday.defaultDays(year))) {
                days.put(date, new CalendarDay(date, DayKind.HOLIDAY, holiday, holiday.nameVi(), holiday.nameEn()));
            }
        }
        for (Adjustment adjustment : ofYear) {
            if (adjustment.kind() != DayKind.HOLIDAY) {
                days.put(adjustment.date(), new CalendarDay(adjustment.date(), adjustment.kind(), null,
                        adjustment.nameVi(), adjustment.nameEn()));
            }
        }
        return new YearSchedule(days);
    }

    boolean isWorkingDay(LocalDate date) {
        CalendarDay day = days.get(date);
        return day == null ? !isWeekend(date) : day.kind() == DayKind.WORKING_DAY;
    }

    /** The days that depart from the ordinary week, in date order. */
    List<CalendarDay> days() {
        return List.copyOf(days.values());
    }

    /** Saturday and Sunday: the weekly rest of state bodies (40-hour week, Decision 188/1999/QĐ-TTg). */
    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
