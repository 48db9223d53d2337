package vn.cong.calendar;

import static vn.cong.calendar.StatutoryHoliday.HUNG_KINGS_DAY;
import static vn.cong.calendar.StatutoryHoliday.LABOUR_DAY;
import static vn.cong.calendar.StatutoryHoliday.NATIONAL_DAY;
import static vn.cong.calendar.StatutoryHoliday.NEW_YEAR;
import static vn.cong.calendar.StatutoryHoliday.REUNIFICATION_DAY;
import static vn.cong.calendar.StatutoryHoliday.TET;

import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The laws that have fixed Vietnam's public holidays, each from the day it took effect: which holidays it grants, how
 * many days each, and the articles a computed day cites. This is the one place that knows the legal history; the
 * rest of the calendar asks {@link #inForceOn(LocalDate)}.
 *
 * <p>A holiday is governed by the law in force on the day the law names for it ({@link StatutoryHoliday#legalDay}:
 * 1 January, mùng 1 Tết, 30 April, 1 May, 2 September, 10/3 lunar). So in 2013, the year the Labor Code 2012 took
 * effect (1 May), Tết (10 February 2013) still has the four days of the Labor Code 1994, and 1 May and National Day
 * are under the new code.
 *
 * <p>In every law a holiday day that falls on the weekly rest day is made up on the next day that is neither a rest
 * day nor a holiday (1994 Art. 73: "nghỉ bù vào ngày tiếp theo"; 2012 Art. 115(3): "vào ngày kế tiếp"; 2019 Art.
 * 111(3): "vào ngày làm việc kế tiếp"). Which days are the weekly rest changed on 2 October 1999, see
 * {@code YearSchedule#isWeeklyRest}.
 */
public enum HolidayLaw {

    /**
     * 1980–1994: there was no Labor Code yet. The calendar applies the Labor Code 1994's original list (8 days, Tết 4,
     * no Hùng Kings' day) as a computed approximation, and says so in the legal basis of every day: the holiday rules
     * of those years (earlier government decisions) are not modelled.
     */
    BEFORE_LABOR_CODE_1994(LocalDate.of(WorkingCalendar.FIRST_YEAR, Month.JANUARY, 1),
            "Bộ luật Lao động 1994, Điều 73 (áp dụng cho các năm trước khi có hiệu lực)",
            "Bộ luật Lao động 1994, Điều 73 (áp dụng cho các năm trước khi có hiệu lực)",
            Map.of(NEW_YEAR, 1, TET, 4, REUNIFICATION_DAY, 1, LABOUR_DAY, 1, NATIONAL_DAY, 1)),

    /**
     * Labor Code 1994 (Bộ luật Lao động 1994), Art. 73 as first enacted, in force 1 January 1995: 8 days. Tết is "one
     * day at the end of the year and three at the beginning of the lunar year".
     */
    LABOR_CODE_1994(LocalDate.of(1995, Month.JANUARY, 1),
            "Bộ luật Lao động 1994, Điều 73",
            "Bộ luật Lao động 1994, Điều 73",
            Map.of(NEW_YEAR, 1, TET, 4, REUNIFICATION_DAY, 1, LABOUR_DAY, 1, NATIONAL_DAY, 1)),

    /**
     * Labor Code 1994, Art. 73 as amended by Law 84/2007/QH11 (adopted 2 April 2007): adds Hùng Kings' day, first
     * observed on 26 April 2007 — 9 days. Any date of effect between Tết 2007 (17 February) and 26 April 2007 gives
     * the same calendar, as the two versions differ only by that day.
     */
    LABOR_CODE_1994_AMENDED_2007(LocalDate.of(2007, Month.APRIL, 2),
            "Bộ luật Lao động 1994 (sửa đổi bởi Luật 84/2007/QH11), Điều 73 khoản 1",
            "Bộ luật Lao động 1994 (sửa đổi bởi Luật 84/2007/QH11), Điều 73 khoản 2",
            Map.of(NEW_YEAR, 1, TET, 4, REUNIFICATION_DAY, 1, LABOUR_DAY, 1, NATIONAL_DAY, 1, HUNG_KINGS_DAY, 1)),

    /** Labor Code 2012 (Bộ luật Lao động 2012), Art. 115, in force 1 May 2013: Tết 5 days — 10 days. */
    LABOR_CODE_2012(LocalDate.of(2013, Month.MAY, 1),
            "Bộ luật Lao động 2012, Điều 115 khoản 1",
            "Bộ luật Lao động 2012, Điều 115 khoản 3",
            Map.of(NEW_YEAR, 1, TET, 5, REUNIFICATION_DAY, 1, LABOUR_DAY, 1, NATIONAL_DAY, 1, HUNG_KINGS_DAY, 1)),

    /**
     * Labor Code 2019 (Bộ luật Lao động 2019), Art. 112(1), in force 1 January 2021: National Day 2 September and one
     * adjacent day — 11 days.
     */
    LABOR_CODE_2019(LocalDate.of(2021, Month.JANUARY, 1),
            "Bộ luật Lao động 2019, Điều 112 khoản 1",
            "Bộ luật Lao động 2019, Điều 111 khoản 3",
            Map.of(NEW_YEAR, 1, TET, 5, REUNIFICATION_DAY, 1, LABOUR_DAY, 1, NATIONAL_DAY, 2, HUNG_KINGS_DAY, 1));

    private final LocalDate effectiveFrom;
    private final String basis;
    private final String compensatoryBasis;
    private final Map<StatutoryHoliday, Integer> holidays;

    HolidayLaw(LocalDate effectiveFrom, String basis, String compensatoryBasis, Map<StatutoryHoliday, Integer> days) {
        this.effectiveFrom = effectiveFrom;
        this.basis = basis;
        this.compensatoryBasis = compensatoryBasis;
        this.holidays = Collections.unmodifiableMap(new EnumMap<>(days));
    }

    /**
     * The law that governs a holiday whose legal day is {@code date}: the latest one in effect on it. Refused for
     * dates before {@link WorkingCalendar#FIRST_YEAR}, which the calendar does not cover.
     */
    public static HolidayLaw inForceOn(LocalDate date) {
        HolidayLaw[] laws = values();
        for (int i = laws.length - 1; i >= 0; i--) {
            if (!date.isBefore(laws[i].effectiveFrom)) {
                return laws[i];
            }
        }
        throw new IllegalArgumentException("No holiday law is applied before " + laws[0].effectiveFrom + ": " + date);
    }

    /** The first day this law (or, for {@link #BEFORE_LABOR_CODE_1994}, the approximation) applies. */
    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    /** The article that lists the holidays, as a computed holiday day cites it. */
    public String basis() {
        return basis;
    }

    /** The article that grants a compensatory day for a holiday on the weekly rest day. */
    public String compensatoryBasis() {
        return compensatoryBasis;
    }

    /** The holidays this law grants and the number of days of each, in the order of the law. */
    public Map<StatutoryHoliday, Integer> holidays() {
        return holidays;
    }

    /** The number of days of {@code holiday} under this law; 0 when the law does not grant it. */
    public int days(StatutoryHoliday holiday) {
        return holidays.getOrDefault(holiday, 0);
    }

    /** The number of holiday days a year has when the whole year is under this law. */
    public int daysPerYear() {
        return holidays.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** True for the years before the Labor Code 1994, where the calendar applies that code's list by approximation. */
    public boolean isApproximation() {
        return this == BEFORE_LABOR_CODE_1994;
    }
}
