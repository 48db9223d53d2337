package vn.cong.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One Gregorian year of the national working calendar: the holidays of the law in force ({@link HolidayLaw}) on
 * their default days, then the year's official schedule on top — official days of a holiday replace its defaults,
 * extra days off are added, swapped rest days become working days. Immutable once built.
 * <p>
 * A year with no official schedule yet also gets the compensatory days of the law: a holiday day that falls on the
 * weekly rest day ({@link #isWeeklyRest}) is taken on the next working day after the holiday. Once a year has any
 * official line, its schedule is taken as complete — the government's yearly notice lists its compensatory days
 * itself, and may place them elsewhere — and every day of that year is marked official.
 */
final class YearSchedule {

    /**
     * The first Saturday off: state bodies work Monday to Friday since 2 October 1999 (40-hour week, Decision
     * 188/1999/QĐ-TTg); before, Saturday was a working day.
     */
    static final LocalDate FIVE_DAY_WEEK_FROM = LocalDate.of(1999, Month.OCTOBER, 2);

    private final NavigableMap<LocalDate, CalendarDay> days;

    private YearSchedule(NavigableMap<LocalDate, CalendarDay> days) {
        this.days = days;
    }

    /** {@code adjustments} may hold other years' lines; only this year's are used. */
    static YearSchedule of(int year, List<Adjustment> adjustments) {
        List<Adjustment> ofYear = adjustments.stream().filter(a -> a.date().getYear() == year).toList();
        boolean official = !ofYear.isEmpty();
        Map<StatutoryHoliday, List<Adjustment>> officialDays = new EnumMap<>(StatutoryHoliday.class);
        for (Adjustment adjustment : ofYear) {
            if (adjustment.kind() == DayKind.HOLIDAY) {
                officialDays.computeIfAbsent(adjustment.holiday(), h -> new ArrayList<>()).add(adjustment);
            }
        }
        NavigableMap<LocalDate, CalendarDay> days = new TreeMap<>();
        for (StatutoryHoliday holiday : StatutoryHoliday.values()) {
            List<Adjustment> lines = officialDays.get(holiday);
            if (lines != null) {
                for (Adjustment line : lines) {
                    days.put(line.date(), new CalendarDay(line.date(), DayKind.HOLIDAY, holiday, holiday.nameVi(),
                            holiday.nameEn(), true, line.legalBasis()));
                }
            } else {
                String basis = holiday.law(year).basis();
                for (LocalDate date : holiday.defaultDays(year)) {
                    days.put(date, new CalendarDay(date, DayKind.HOLIDAY, holiday, holiday.nameVi(), holiday.nameEn(),
                            official, basis));
                }
            }
        }
        if (!official) {
            addCompensatoryDays(year, days);
        }
        for (Adjustment adjustment : ofYear) {
            if (adjustment.kind() != DayKind.HOLIDAY) {
                days.put(adjustment.date(), new CalendarDay(adjustment.date(), adjustment.kind(), null,
                        adjustment.nameVi(), adjustment.nameEn(), true, adjustment.legalBasis()));
            }
        }
        return new YearSchedule(days);
    }

    private static void addCompensatoryDays(int year, NavigableMap<LocalDate, CalendarDay> days) {
        for (StatutoryHoliday holiday : StatutoryHoliday.values()) {
            List<LocalDate> holidayDays = holiday.defaultDays(year);
            long owed = holidayDays.stream().filter(YearSchedule::isWeeklyRest).count();
            if (owed == 0) {
                continue;
            }
            String basis = holiday.law(year).compensatoryBasis();
            LocalDate candidate = holidayDays.get(holidayDays.size() - 1);
            while (owed > 0) {
                candidate = candidate.plusDays(1);
                if (!isWeeklyRest(candidate) && !days.containsKey(candidate)) {
                    days.put(candidate, new CalendarDay(candidate, DayKind.DAY_OFF, null,
                            "Nghỉ bù " + holiday.nameVi(), "Compensatory day off (" + holiday.nameEn() + ")",
                            false, basis));
                    owed--;
                }
            }
        }
    }

    boolean isWorkingDay(LocalDate date) {
        CalendarDay day = days.get(date);
        return day == null ? !isWeeklyRest(date) : day.kind() == DayKind.WORKING_DAY;
    }

    /** The days that depart from the ordinary week, in date order. */
    List<CalendarDay> days() {
        return List.copyOf(days.values());
    }

    /**
     * The weekly rest of state bodies on {@code date}: Sunday, and Saturday from {@link #FIVE_DAY_WEEK_FROM}
     * (Decision 188/1999/QĐ-TTg). The only place that knows which days of the week are not worked.
     */
    static boolean isWeeklyRest(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SUNDAY || day == DayOfWeek.SATURDAY && !date.isBefore(FIVE_DAY_WEEK_FROM);
    }
}
