package vn.cong.calendar;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cong.platform.DomainException;

/** The Labor Code's holidays of a year, their default days, and the official schedule on top. */
class HolidaysOfAYearTest {

    private final WorkingCalendar rulesOnly = InMemoryWorkingCalendar.withoutSchedule();
    private final WorkingCalendar published = PublishedSchedules.calendar();

    @Test
    void withoutAScheduleTetIsTheLastDayOfTheOldYearAndTheFirstFourOfTheNew() {
        // Tết Đinh Mùi: Saturday 6 February 2027
        assertEquals(List.of(of(2027, 2, 5), of(2027, 2, 6), of(2027, 2, 7), of(2027, 2, 8), of(2027, 2, 9)),
                daysOf(rulesOnly, 2027, StatutoryHoliday.TET));
    }

    @Test
    void aYearWithoutScheduleHasElevenHolidayDaysAndTheirCompensatoryDays() {
        List<CalendarDay> days = rulesOnly.holidays(2027);
        assertEquals(11, days.stream().filter(d -> d.kind() == DayKind.HOLIDAY).count(), days::toString);
        // Tết 2027 spans Saturday 6 and Sunday 7 February; Labour Day is Saturday 1 May (Labor Code Art. 111(3))
        assertEquals(List.of(of(2027, 2, 10), of(2027, 2, 11), of(2027, 5, 3)), days.stream()
                .filter(d -> d.kind() == DayKind.DAY_OFF).map(CalendarDay::date).toList());
        assertEquals("Nghỉ bù Tết Nguyên đán", days.stream().filter(d -> d.date().equals(of(2027, 2, 10)))
                .findFirst().orElseThrow().name("vi"));
        assertEquals(of(2027, 1, 1), days.get(0).date());
        assertTrue(days.contains(new CalendarDay(of(2027, 4, 16), DayKind.HOLIDAY, StatutoryHoliday.HUNG_KINGS_DAY,
                "Giỗ Tổ Hùng Vương", "Hùng Kings' Commemoration Day", false, "Bộ luật Lao động 2019, Điều 112 khoản 1")));
    }

    @Test
    void nationalDayTakesTheAdjacentDayThatJoinsTheWeekendAsTheGovernmentChoseSince2021() {
        Map<Integer, LocalDate> officialAdjacentDay = Map.of(2021, of(2021, 9, 3), 2022, of(2022, 9, 1),
                2023, of(2023, 9, 1), 2024, of(2024, 9, 3), 2025, of(2025, 9, 1), 2026, of(2026, 9, 1));
        officialAdjacentDay.forEach((year, adjacent) -> {
            List<LocalDate> days = StatutoryHoliday.NATIONAL_DAY.defaultDays(year);
            assertTrue(days.contains(adjacent), year + ": " + days);
            assertTrue(days.contains(of(year, 9, 2)));
        });
    }

    @Test
    void officialTetDaysReplaceTheDefaultOnes() {
        // 2025: the government gave 27–31 January (28 tháng Chạp – mùng 3), not the default 28 January – 1 February
        assertEquals(List.of(of(2025, 1, 27), of(2025, 1, 28), of(2025, 1, 29), of(2025, 1, 30), of(2025, 1, 31)),
                daysOf(published, 2025, StatutoryHoliday.TET));
        assertFalse(published.isWorkingDay(of(2025, 1, 27)));
        assertEquals(List.of(of(2025, 1, 28), of(2025, 1, 29), of(2025, 1, 30), of(2025, 1, 31), of(2025, 2, 1)),
                daysOf(rulesOnly, 2025, StatutoryHoliday.TET));
    }

    @Test
    void theTetBreakOf2026RunsNineDaysFromFourteenthToTwentySecondFebruary() {
        assertEquals(of(2026, 2, 14).datesUntil(of(2026, 2, 23)).toList(),
                daysOff(published, of(2026, 2, 9), of(2026, 2, 27)));
        assertTrue(published.isWorkingDay(of(2026, 2, 13)));
        assertTrue(published.isWorkingDay(of(2026, 2, 23)));
    }

    @Test
    void aSwappedSaturdayIsAWorkingDayAndItsFridayIsOff() {
        assertTrue(published.isWorkingDay(of(2026, 1, 10)));
        assertFalse(published.isWorkingDay(of(2026, 1, 2)));
        assertFalse(rulesOnly.isWorkingDay(of(2026, 1, 10)));
        assertTrue(rulesOnly.isWorkingDay(of(2026, 1, 2)));
    }

    @Test
    void theHolidaysOf2026ListEveryDepartureFromTheOrdinaryWeekInDateOrder() {
        List<CalendarDay> days = published.holidays(2026);
        assertEquals(List.of(of(2026, 1, 1), of(2026, 1, 2), of(2026, 1, 10), of(2026, 2, 16), of(2026, 2, 17),
                of(2026, 2, 18), of(2026, 2, 19), of(2026, 2, 20), of(2026, 4, 26), of(2026, 4, 27), of(2026, 4, 30),
                of(2026, 5, 1), of(2026, 8, 22), of(2026, 8, 31), of(2026, 9, 1), of(2026, 9, 2)),
                days.stream().map(CalendarDay::date).toList());
        CalendarDay swapped = days.get(2);
        assertEquals(DayKind.WORKING_DAY, swapped.kind());
        assertFalse(swapped.isDayOff());
        assertEquals("Working day in exchange for Friday 2 January 2026", swapped.name("en"));
        assertEquals("Tết Nguyên đán", days.get(4).name("vi"));
        assertEquals("Lunar New Year (Tết)", days.get(4).name("en"));
    }

    @Test
    void aHolidayOnTheWeeklyRestDayIsMadeUpOnTheNextWorkingDay() {
        // Hùng Kings' day 2026 is Sunday 26 April: Monday 27 April is off by rule and by the published schedule
        assertFalse(rulesOnly.isWorkingDay(of(2026, 4, 27)));
        assertFalse(published.isWorkingDay(of(2026, 4, 27)));
        assertTrue(rulesOnly.isWorkingDay(of(2026, 4, 28)));
    }

    @Test
    void aPublishedScheduleIsTakenAsCompleteAndPlacesItsOwnCompensatoryDays() {
        // 2026 is published: Tết is 16–20 February on working days, so no day is added after it
        assertTrue(published.isWorkingDay(of(2026, 2, 23)));
        assertEquals(published.holidays(2026).stream().filter(d -> d.kind() == DayKind.DAY_OFF).count(),
                PublishedSchedules.LINES.stream().filter(a -> a.date().getYear() == 2026)
                        .filter(a -> a.kind() == DayKind.DAY_OFF).count(), "only the schedule's own days off");
    }

    @Test
    void yearsBefore1980AndAfterTheVerifiedLunarTableAreRefused() {
        DomainException before = assertThrows(DomainException.class, () -> published.isWorkingDay(of(1979, 12, 31)));
        assertEquals(422, before.status());
        assertEquals("calendar.year.unsupported", before.messageKey());
        assertEquals("Lịch làm việc chỉ áp dụng cho các năm từ 1980 đến 2100.", before.localizedMessage("vi"));
        assertThrows(DomainException.class, () -> published.holidays(2101));
    }

    private static List<LocalDate> daysOf(WorkingCalendar calendar, int year, StatutoryHoliday holiday) {
        return calendar.holidays(year).stream().filter(d -> d.holiday() == holiday).map(CalendarDay::date).toList();
    }

    private static List<LocalDate> daysOff(WorkingCalendar calendar, LocalDate from, LocalDate to) {
        return from.datesUntil(to.plusDays(1)).filter(d -> !calendar.isWorkingDay(d)).toList();
    }
}
