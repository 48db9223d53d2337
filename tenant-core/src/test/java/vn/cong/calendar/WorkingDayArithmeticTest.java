package vn.cong.calendar;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Working days and Civil Code periods across Tết, swapped Saturdays and weekends (2025–2026 as published). */
class WorkingDayArithmeticTest {

    private final WorkingCalendar calendar = PublishedSchedules.calendar();

    @Test
    void twoWorkingDaysAfterAFridayBeforeTetEndOnTheTuesdayAfterTheBreak() {
        // MIC: administrative documents within 2 working days; signed Friday 13 February 2026
        assertEquals(of(2026, 2, 24), calendar.addWorkingDays(of(2026, 2, 13), 2));
        assertEquals(of(2026, 2, 23), calendar.addWorkingDays(of(2026, 2, 13), 1));
    }

    @Test
    void theStartDayNeverCountsEvenWhenItIsAWorkingDay() {
        assertEquals(of(2026, 3, 3), calendar.addWorkingDays(of(2026, 3, 2), 1));
        assertEquals(of(2026, 3, 2), calendar.addWorkingDays(of(2026, 3, 2), 0));
        assertEquals(of(2026, 2, 23), calendar.addWorkingDays(of(2026, 2, 18), 1), "counted from inside Tết");
    }

    @Test
    void aSwappedSaturdayCountsAndItsFridayDoesNot() {
        // 1 January holiday, Friday 2 January swapped with Saturday 10 January 2026
        assertEquals(of(2026, 1, 5), calendar.addWorkingDays(of(2025, 12, 31), 1));
        assertEquals(of(2026, 1, 10), calendar.addWorkingDays(of(2026, 1, 9), 1));
        assertEquals(of(2026, 1, 12), calendar.addWorkingDays(of(2026, 1, 9), 2));
    }

    @Test
    void aDeadlineAcrossTheSwappedNationalDayBreakOf2026() {
        // 5 working days from Thursday 20 August 2026: 21 (Fri), 22 (swapped Sat), 24, 25, 26
        assertEquals(of(2026, 8, 26), calendar.addWorkingDays(of(2026, 8, 20), 5));
        // 31 August – 2 September are off: Friday 28 August + 1 is Thursday 3 September
        assertEquals(of(2026, 9, 3), calendar.addWorkingDays(of(2026, 8, 28), 1));
    }

    @Test
    void negativeWorkingDaysCountBackwards() {
        assertEquals(of(2026, 2, 13), calendar.addWorkingDays(of(2026, 2, 23), -1));
        assertEquals(of(2026, 1, 10), calendar.addWorkingDays(of(2026, 1, 12), -1));
        assertEquals(of(2024, 12, 23), calendar.addWorkingDays(of(2025, 1, 1), -7), "1 January itself never counts");
    }

    @Test
    void workingDaysBetweenExcludesTheStartAndIncludesTheEnd() {
        assertEquals(4, calendar.workingDaysBetween(of(2026, 3, 2), of(2026, 3, 6)), "Monday → Friday");
        assertEquals(0, calendar.workingDaysBetween(of(2026, 3, 2), of(2026, 3, 2)));
        assertEquals(0, calendar.workingDaysBetween(of(2026, 3, 6), of(2026, 3, 8)), "Friday → Sunday");
        assertEquals(-4, calendar.workingDaysBetween(of(2026, 3, 6), of(2026, 3, 2)));
    }

    @Test
    void theTetMonthOf2026HasFifteenWorkingDays() {
        // February 2026: 20 weekdays, 5 of them Tết
        assertEquals(15, calendar.workingDaysBetween(of(2026, 1, 31), of(2026, 2, 28)));
    }

    @Test
    void workingDaysBetweenUndoesAddWorkingDaysFromEveryDayOfTwoYears() {
        for (LocalDate from = of(2025, 1, 1); from.isBefore(of(2026, 12, 1)); from = from.plusDays(1)) {
            for (int n = 0; n <= 12; n++) {
                LocalDate to = calendar.addWorkingDays(from, n);
                assertEquals(n, calendar.workingDaysBetween(from, to), from + " + " + n + " = " + to);
            }
        }
    }

    @Test
    void aPeriodInDaysStartsTheDayAfterTheEvent() {
        // Civil Code Art. 147(3): an event on Monday 2 March 2026, 15 days → Tuesday 17 March
        assertEquals(of(2026, 3, 17), calendar.deadlineInDays(of(2026, 3, 2), 15));
        assertEquals(of(2026, 3, 3), calendar.deadlineInDays(of(2026, 3, 2), 1));
    }

    @Test
    void aPeriodEndingOnASundayEndsOnMonday() {
        // Art. 148(5): Thursday 5 March + 10 days = Sunday 15 March → Monday 16 March
        assertEquals(of(2026, 3, 16), calendar.deadlineInDays(of(2026, 3, 5), 10));
    }

    @Test
    void aPeriodEndingInTheTetBreakEndsOnTheFirstWorkingDayAfterIt() {
        // comments on a draft, 15 calendar days from Wednesday 4 February 2026: day 15 is 19 February (mùng 3)
        assertEquals(of(2026, 2, 23), calendar.deadlineInDays(of(2026, 2, 4), 15));
    }

    @Test
    void aPeriodEndingOnACompensatoryDayRollsOverToo() {
        // Hùng Kings' day 2026 is a Sunday; Monday 27 April is its compensatory day; 30 April – 3 May off
        assertEquals(of(2026, 4, 28), calendar.deadlineInDays(of(2026, 4, 20), 6));
        assertEquals(of(2026, 5, 4), calendar.deadlineInDays(of(2026, 4, 20), 10));
    }

    @Test
    void aPeriodEndingOnASwappedSaturdayEndsThatSaturday() {
        assertEquals(of(2026, 1, 10), calendar.deadlineInDays(of(2026, 1, 5), 5));
    }

    @Test
    void aPeriodOfNoDaysIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> calendar.deadlineInDays(of(2026, 3, 2), 0));
    }
}
