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
 * <p>
 * A year with no official schedule yet also gets the compensatory days of Labor Code Art. 111(3): a holiday day
 * that falls on the weekly rest day is taken on the next working day after the holiday. Once a year has any
 * official line, its schedule is taken as complete — the government's yearly notice lists its compensatory days
 * itself, and may place them elsewhere.
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
        if (ofYear.isEmpty()) {
            addCompensatoryDays(year, days);
        }
        for (Adjustment adjustment : ofYear) {
            if (adjustment.kind() != DayKind.HOLIDAY) {
                days.put(adjustment.date(), new CalendarDay(adjustment.date(), adjustment.kind(), null,
                        adjustment.nameVi(), adjustment.nameEn()));
            }
        }
        return new YearSchedule(days);
    }

    private static void addCompensatoryDays(int year, NavigableMap<LocalDate, CalendarDay> days) {
        for (StatutoryHoliday holiday : StatutoryHoliday.values()) {
            List<LocalDate> holidayDays = holiday.defaultDays(year);
            long owed = holidayDays.stream().filter(YearSchedule::isWeekend).count();
            LocalDate candidate = holidayDays.get(holidayDays.size() - 1);
            while (owed > 0) {
                candidate = candidate.plusDays(1);
                if (!isWeekend(candidate) && !days.containsKey(candidate)) {
                    days.put(candidate, new CalendarDay(candidate, DayKind.DAY_OFF, null,
                            "Nghỉ bù " + holiday.nameVi(), "Compensatory day off (" + holiday.nameEn() + ")"));
                    owed--;
                }
            }
        }
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
