package vn.cong.calendar;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cong.platform.DomainException;

/**
 * The holidays of 1980–2100 under the law in force on each holiday's date (HolidayLaw), the weekly rest before and
 * after 2 October 1999, and which days are official or computed. Lunar dates are those of VietnameseLunarCalendar.
 */
class HolidayLawsTest {

    private final WorkingCalendar rulesOnly = InMemoryWorkingCalendar.withoutSchedule();
    private final WorkingCalendar published = PublishedSchedules.calendar();

    @Test
    void eachLawTakesEffectOnItsDay() {
        assertEquals(HolidayLaw.BEFORE_LABOR_CODE_1994, HolidayLaw.inForceOn(of(1980, 1, 1)));
        assertEquals(HolidayLaw.BEFORE_LABOR_CODE_1994, HolidayLaw.inForceOn(of(1994, 12, 31)));
        assertEquals(HolidayLaw.LABOR_CODE_1994, HolidayLaw.inForceOn(of(1995, 1, 1)));
        assertEquals(HolidayLaw.LABOR_CODE_1994, HolidayLaw.inForceOn(of(2007, 2, 17)), "Tết Đinh Hợi 2007");
        assertEquals(HolidayLaw.LABOR_CODE_1994_AMENDED_2007, HolidayLaw.inForceOn(of(2007, 4, 26)));
        assertEquals(HolidayLaw.LABOR_CODE_1994_AMENDED_2007, HolidayLaw.inForceOn(of(2013, 4, 30)));
        assertEquals(HolidayLaw.LABOR_CODE_2012, HolidayLaw.inForceOn(of(2013, 5, 1)));
        assertEquals(HolidayLaw.LABOR_CODE_2012, HolidayLaw.inForceOn(of(2020, 12, 31)));
        assertEquals(HolidayLaw.LABOR_CODE_2019, HolidayLaw.inForceOn(of(2021, 1, 1)));
        assertEquals(List.of(8, 8, 9, 10, 11), List.of(HolidayLaw.values()).stream().map(HolidayLaw::daysPerYear)
                .toList());
        assertThrows(IllegalArgumentException.class, () -> HolidayLaw.inForceOn(of(1979, 12, 31)));
    }

    @Test
    void before1995TheLaborCode1994ListIsAppliedAndSaidToBeAnApproximation() {
        List<CalendarDay> holidays = holidays(rulesOnly, 1990);
        assertEquals(8, holidays.size(), holidays::toString);
        assertFalse(holidays.stream().anyMatch(d -> d.holiday() == StatutoryHoliday.HUNG_KINGS_DAY));
        // Tết Canh Ngọ: Saturday 27 January 1990; the last day of Kỷ Tỵ and the first three of Canh Ngọ
        assertEquals(List.of(of(1990, 1, 26), of(1990, 1, 27), of(1990, 1, 28), of(1990, 1, 29)),
                daysOf(rulesOnly, 1990, StatutoryHoliday.TET));
        assertEquals(List.of(of(1990, 9, 2)), daysOf(rulesOnly, 1990, StatutoryHoliday.NATIONAL_DAY));
        assertTrue(HolidayLaw.BEFORE_LABOR_CODE_1994.isApproximation());
        for (CalendarDay day : rulesOnly.holidays(1990)) {
            assertEquals("Bộ luật Lao động 1994, Điều 73 (áp dụng cho các năm trước khi có hiệu lực)", day.basis());
            assertFalse(day.official(), day::toString);
        }
        assertEquals(8, holidays(rulesOnly, 1980).size());
    }

    @Test
    void beforeOctober1999SaturdayWasWorkedSoOnlyASundayHolidayEarnsACompensatoryDay() {
        // Tết 1990 spans Saturday 27 and Sunday 28 January: one day made up, Tuesday 30 January
        // National Day 1990 is Sunday 2 September: Monday 3 September off
        assertEquals(List.of(of(1990, 1, 30), of(1990, 9, 3)), compensatoryDays(rulesOnly, 1990));
        // 1 January 1995 is a Sunday (Labor Code 1994 in force that day): Monday 2 January off
        assertEquals(of(1995, 1, 2), compensatoryDays(rulesOnly, 1995).get(0));
        assertEquals("Bộ luật Lao động 1994, Điều 73", dayOn(rulesOnly, of(1995, 1, 2)).basis());
        // National Day 1995 and Labour Day 1999 are Saturdays: no day made up
        assertTrue(compensatoryDays(rulesOnly, 1995).stream().noneMatch(d -> d.getMonthValue() == 9));
        assertTrue(compensatoryDays(rulesOnly, 1999).isEmpty(), () -> compensatoryDays(rulesOnly, 1999).toString());
        assertTrue(rulesOnly.isWorkingDay(of(1999, 5, 8)), "an ordinary Saturday of 1999 is worked");
        assertTrue(rulesOnly.isWorkingDay(of(1999, 9, 25)), "the last worked Saturday");
        assertFalse(rulesOnly.isWorkingDay(of(1999, 10, 2)), "the first Saturday off (Decision 188/1999/QĐ-TTg)");
        assertFalse(rulesOnly.isWorkingDay(of(1999, 9, 26)), "Sunday was always the weekly rest");
        // Saturday 1 January 2000, after the 40-hour week began: Monday 3 January off
        assertEquals(of(2000, 1, 3), compensatoryDays(rulesOnly, 2000).get(0));
        // working days count the Saturdays of 1990: Friday 2 March + 1 = Saturday 3 March
        assertEquals(of(1990, 3, 3), rulesOnly.addWorkingDays(of(1990, 3, 2), 1));
        assertEquals(6, rulesOnly.workingDaysBetween(of(1990, 3, 4), of(1990, 3, 11)), "a six-day week");
    }

    @Test
    void hungKingsDayIsAHolidayFrom2007() {
        for (int year = 1995; year <= 2006; year++) {
            assertEquals(List.of(), daysOf(rulesOnly, year, StatutoryHoliday.HUNG_KINGS_DAY), "" + year);
            assertEquals(8, holidays(rulesOnly, year).size(), "" + year);
        }
        assertEquals(List.of(of(2007, 4, 26)), daysOf(rulesOnly, 2007, StatutoryHoliday.HUNG_KINGS_DAY));
        assertEquals("Bộ luật Lao động 1994 (sửa đổi bởi Luật 84/2007/QH11), Điều 73 khoản 1",
                dayOn(rulesOnly, of(2007, 4, 26)).basis());
        assertEquals(9, holidays(rulesOnly, 2007).size());
    }

    @Test
    void tetHasFourDaysUnderTheLaborCode1994() {
        // Tết Canh Dần: Sunday 14 February 2010
        assertEquals(List.of(of(2010, 2, 13), of(2010, 2, 14), of(2010, 2, 15), of(2010, 2, 16)),
                daysOf(rulesOnly, 2010, StatutoryHoliday.TET));
        // Saturday 13 and Sunday 14 February are made up on Wednesday 17 and Thursday 18
        assertEquals(List.of(of(2010, 2, 17), of(2010, 2, 18)), compensatoryDays(rulesOnly, 2010).subList(0, 2));
        assertEquals("Bộ luật Lao động 1994 (sửa đổi bởi Luật 84/2007/QH11), Điều 73 khoản 2",
                dayOn(rulesOnly, of(2010, 2, 17)).basis());
    }

    @Test
    void in2013EachHolidayFollowsTheLawInForceOnItsDay() {
        // Tết Quý Tỵ, Sunday 10 February 2013, is before the Labor Code 2012 (1 May 2013): four days
        assertEquals(List.of(of(2013, 2, 9), of(2013, 2, 10), of(2013, 2, 11), of(2013, 2, 12)),
                daysOf(rulesOnly, 2013, StatutoryHoliday.TET));
        assertEquals(HolidayLaw.LABOR_CODE_1994_AMENDED_2007, StatutoryHoliday.REUNIFICATION_DAY.law(2013));
        assertEquals(HolidayLaw.LABOR_CODE_2012, StatutoryHoliday.LABOUR_DAY.law(2013));
        assertEquals("Bộ luật Lao động 2012, Điều 115 khoản 1", dayOn(rulesOnly, of(2013, 9, 2)).basis());
        assertEquals(9, holidays(rulesOnly, 2013).size());
    }

    @Test
    void tetHasFiveDaysUnderTheLaborCode2012() {
        // Tết Giáp Ngọ: Friday 31 January 2014
        assertEquals(of(2014, 1, 30).datesUntil(of(2014, 2, 4)).toList(), daysOf(rulesOnly, 2014,
                StatutoryHoliday.TET));
        assertEquals(10, holidays(rulesOnly, 2014).size());
    }

    @Test
    void nationalDayHasOneDayUntil2020AndTwoFrom2021() {
        assertEquals(List.of(of(2019, 9, 2)), daysOf(rulesOnly, 2019, StatutoryHoliday.NATIONAL_DAY));
        assertEquals(List.of(of(2020, 9, 2)), daysOf(rulesOnly, 2020, StatutoryHoliday.NATIONAL_DAY));
        assertEquals(List.of(of(2021, 9, 2), of(2021, 9, 3)), daysOf(rulesOnly, 2021, StatutoryHoliday.NATIONAL_DAY));
        assertEquals("Bộ luật Lao động 2019, Điều 112 khoản 1", dayOn(rulesOnly, of(2021, 9, 3)).basis());
    }

    @Test
    void everyYearFrom1980To2100HasTheHolidayDaysOfItsLaws() {
        for (int year = WorkingCalendar.FIRST_YEAR; year <= WorkingCalendar.LAST_YEAR; year++) {
            int expected = year <= 2006 ? 8 : year <= 2013 ? 9 : year <= 2020 ? 10 : 11;
            List<CalendarDay> days = rulesOnly.holidays(year);
            assertEquals(expected, days.stream().filter(d -> d.kind() == DayKind.HOLIDAY).count(),
                    year + ": " + days);
            for (CalendarDay day : days) {
                assertEquals(year, day.date().getYear(), day::toString);
                assertFalse(day.official(), day::toString);
                assertFalse(day.basis() == null || day.basis().isBlank(), day::toString);
                assertFalse(day.kind() == DayKind.DAY_OFF && YearSchedule.isWeeklyRest(day.date()), day::toString);
            }
        }
    }

    @Test
    void years1979And2101AreRefused() {
        for (int year : new int[] {1979, 2101}) {
            DomainException refused = assertThrows(DomainException.class, () -> rulesOnly.holidays(year));
            assertEquals(422, refused.status());
            assertEquals("calendar.year.unsupported", refused.messageKey());
            assertEquals("Lịch làm việc chỉ áp dụng cho các năm từ 1980 đến 2100.", refused.localizedMessage("vi"));
        }
        assertThrows(DomainException.class, () -> rulesOnly.isWorkingDay(of(1979, 12, 31)));
        assertThrows(DomainException.class, () -> rulesOnly.isWorkingDay(of(2101, 1, 1)));
        assertTrue(rulesOnly.isWorkingDay(of(1980, 1, 2)));
    }

    @Test
    void aYearWithOfficialLinesIsOfficialAndAYearWithoutIsComputed() {
        assertTrue(published.holidays(2026).stream().allMatch(CalendarDay::official));
        assertTrue(published.holidays(2025).stream().allMatch(CalendarDay::official));
        assertTrue(published.holidays(2024).stream().noneMatch(CalendarDay::official), "no line for 2024");
        assertTrue(published.holidays(2027).stream().noneMatch(CalendarDay::official));
        // the basis of an official line is the recorded document; a day the law fixes cites the law
        assertEquals(PublishedSchedules.Y2026, dayOn(published, of(2026, 2, 17)).basis());
        assertEquals(PublishedSchedules.Y2026_NEW_YEAR, dayOn(published, of(2026, 1, 10)).basis());
        assertEquals("Bộ luật Lao động 2019, Điều 112 khoản 1", dayOn(published, of(2026, 1, 1)).basis());
        // computed compensatory day: Labour Day 2027 is a Saturday
        CalendarDay compensatory = dayOn(published, of(2027, 5, 3));
        assertEquals(DayKind.DAY_OFF, compensatory.kind());
        assertEquals("Bộ luật Lao động 2019, Điều 111 khoản 3", compensatory.basis());
    }

    private static List<CalendarDay> holidays(WorkingCalendar calendar, int year) {
        return calendar.holidays(year).stream().filter(d -> d.kind() == DayKind.HOLIDAY).toList();
    }

    private static List<LocalDate> daysOf(WorkingCalendar calendar, int year, StatutoryHoliday holiday) {
        return calendar.holidays(year).stream().filter(d -> d.holiday() == holiday).map(CalendarDay::date).toList();
    }

    private static List<LocalDate> compensatoryDays(WorkingCalendar calendar, int year) {
        return calendar.holidays(year).stream().filter(d -> d.kind() == DayKind.DAY_OFF).map(CalendarDay::date)
                .toList();
    }

    private static CalendarDay dayOn(WorkingCalendar calendar, LocalDate date) {
        return calendar.holidays(date.getYear()).stream().filter(d -> d.date().equals(date)).findFirst()
                .orElseThrow(() -> new AssertionError("not listed: " + date));
    }
}
