package vn.cong.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import vn.cong.calendar.InMemoryWorkingCalendar;
import vn.cong.calendar.WorkingCalendar;
import vn.cong.catalog.Deadline;
import vn.cong.catalog.DeadlineKind;
import vn.cong.catalog.Recurrence;
import vn.cong.catalog.RecurrenceKind;
import vn.cong.catalog.Rule;
import vn.cong.catalog.Trigger;

/**
 * Due dates and statuses at fixed moments, on the Labor Code's calendar alone (Tết 2026 = Monday 16 – Friday 20
 * February): every expected date can be checked against a wall calendar.
 */
class DueDatesAndStatusTest {

    private static final WorkingCalendar CALENDAR = InMemoryWorkingCalendar.withoutSchedule();
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final StatusRule STATUS = new StatusRule(CALENDAR, 2, 5);

    private static final Rule VP_LEGAL = Rule.deadline(Trigger.SIGNED, Deadline.workingDays(7), "VP Art. 6.2");

    private static ZonedDateTime day(int year, int month, int day) {
        return LocalDate.of(year, month, day).atStartOfDay(VIETNAM);
    }

    private static Instant at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute).atZone(VIETNAM).toInstant();
    }

    @Test
    void sevenWorkingDaysAfterSigningSkipTetAndEndAtMidnightOfTheDueDay() {
        Due due = Due.of(VP_LEGAL, day(2026, 2, 12), CALENDAR);
        assertEquals(LocalDate.of(2026, 3, 2), due.on(), "13/2, then 23–27/2 after Tết, then Monday 2/3");
        assertEquals(at(3, 3, 0, 0), due.at());
    }

    @Test
    void aCivilCodePeriodEndingInTetRollsOverToTheNextWorkingDay() {
        Rule planning = Rule.deadline(Trigger.APPROVED, new Deadline(DeadlineKind.CALENDAR_DAYS, 15), "VP Art. 6.4");
        Due due = Due.of(planning, day(2026, 2, 1), CALENDAR);
        assertEquals(LocalDate.of(2026, 2, 23), due.on(), "1/2 + 15 days = 16/2, Tết, then the weekend");
    }

    @Test
    void workingHoursCountOfficeHoursAcrossTheWeekend() {
        Rule editing = Rule.deadline(Trigger.INFORMATION_RECEIVED, new Deadline(DeadlineKind.WORKING_HOURS, 4),
                "MIC Art. 14.1");
        Due due = Due.of(editing, LocalDateTime.of(2026, 11, 20, 16, 0).atZone(VIETNAM), CALENDAR);
        assertEquals(LocalDateTime.of(2026, 11, 23, 10, 30).atZone(VIETNAM).toInstant(), due.at(),
                "Friday 16:00–17:00, then Monday 07:30–10:30");
        assertEquals(LocalDate.of(2026, 11, 23), due.on());
    }

    @Test
    void promptlyHasNoDueDateAndIsNeverOverdue() {
        Rule promptly = Rule.deadline(Trigger.INFORMATION_CHANGED, Deadline.of(DeadlineKind.PROMPTLY), "VP Art. 6.1");
        Due due = Due.of(promptly, day(2026, 1, 5), CALENDAR);
        assertFalse(due.isKnown());
        assertNull(due.on());
        assertEquals(ObligationStatus.ON_TIME, STATUS.statusOf(due, null, at(12, 31, 23, 0)));
        assertEquals(ObligationStatus.MET, STATUS.statusOf(due, at(12, 31, 23, 0), at(12, 31, 23, 0)));
    }

    @Test
    void monthlyWhenChangedIsDueAtTheEndOfTheMonthOfTheChangeRolledOverTheWeekend() {
        Rule licences = new Rule(Trigger.INFORMATION_CHANGED, null, null, Recurrence.of(RecurrenceKind.MONTHLY),
                "MIC Art. 11.2c");
        Due due = Due.of(licences, day(2026, 10, 10), CALENDAR);
        assertEquals(LocalDate.of(2026, 11, 2), due.on(), "Saturday 31/10 → Monday 2/11");
    }

    @Test
    void theStatusMovesFromOnTimeToDueSoonToOverdueAsTheClockRuns() {
        Due due = Due.of(VP_LEGAL, day(2026, 2, 12), CALENDAR);
        assertEquals(ObligationStatus.ON_TIME, STATUS.statusOf(due, null, at(2, 24, 9, 0)),
                "25, 26, 27/2 and 2/3: four working days left");
        assertEquals(ObligationStatus.DUE_SOON, STATUS.statusOf(due, null, at(2, 26, 9, 0)), "27/2 and 2/3 left");
        assertEquals(ObligationStatus.DUE_SOON, STATUS.statusOf(due, null, at(3, 2, 23, 59)));
        assertEquals(ObligationStatus.OVERDUE, STATUS.statusOf(due, null, at(3, 3, 0, 0)));
    }

    @Test
    void duringTetTheThresholdCountsWorkingDaysNotCalendarDays() {
        Due due = Due.of(Rule.deadline(Trigger.SIGNED, Deadline.workingDays(2), "VP Art. 6.2"), day(2026, 2, 12),
                CALENDAR);
        assertEquals(LocalDate.of(2026, 2, 23), due.on());
        assertEquals(ObligationStatus.DUE_SOON, STATUS.statusOf(due, null, at(2, 14, 9, 0)),
                "nine calendar days ahead, but only one working day");
    }

    @Test
    void publishingOnTheDueDayIsOnTimeAndTheNextMorningIsLate() {
        Due due = Due.of(VP_LEGAL, day(2026, 2, 12), CALENDAR);
        assertEquals(ObligationStatus.MET, STATUS.statusOf(due, at(3, 2, 23, 59), at(3, 10, 0, 0)));
        assertEquals(ObligationStatus.MET_LATE, STATUS.statusOf(due, at(3, 3, 8, 0), at(3, 10, 0, 0)));
    }

    @Test
    void anObligationAlertsOncePerStatusAndAMovedTriggerStartsAfresh() {
        Instant now = at(3, 3, 9, 0);
        Due due = Due.of(VP_LEGAL, day(2026, 2, 12), CALENDAR);
        Obligation o = Obligation.ofEvent(ObligationSource.ITEM, 7L, 0, "VP Art. 6.2", Trigger.SIGNED,
                day(2026, 2, 12).toInstant(), LocalDate.of(2026, 2, 12), due, "Quyết định 15", "ITEM:1:7:0", now);
        assertTrue(o.refresh(STATUS, now));
        assertEquals(ObligationStatus.OVERDUE, o.getStatus());
        assertTrue(o.markAlerted(now));
        assertFalse(o.markAlerted(now), "one alert per status");
        assertFalse(o.refresh(STATUS, now));

        LocalDate corrected = LocalDate.of(2026, 3, 2);
        o.retrigger(corrected.atStartOfDay(VIETNAM).toInstant(), corrected,
                Due.of(VP_LEGAL, corrected.atStartOfDay(VIETNAM), CALENDAR), now);
        assertEquals(LocalDate.of(2026, 3, 11), o.getDueOn());
        assertNull(o.getAlerted());
        o.meet(at(3, 5, 10, 0), 99L, STATUS, now);
        assertEquals(ObligationStatus.MET, o.getStatus());
        assertEquals(LocalDate.of(2026, 3, 11), o.getCountedOn());
    }

    @Test
    void anOpenObligationIsVeryOverdueOnceMoreThanFiveWorkingDaysPastItsDueDayWithTetNotCounted() {
        Due due = Due.of(VP_LEGAL, day(2026, 2, 3), CALENDAR);
        assertEquals(LocalDate.of(2026, 2, 12), due.on(), "4–6/2, 9–12/2");
        assertEquals(ObligationStatus.OVERDUE, STATUS.statusOf(due, null, at(2, 13, 9, 0)));
        assertFalse(STATUS.isVeryOverdue(due, null, at(2, 13, 9, 0)), "one working day past");
        assertFalse(STATUS.isVeryOverdue(due, null, at(2, 26, 16, 0)), "13/2, then 23–26/2 after Tết: five");
        assertTrue(STATUS.isVeryOverdue(due, null, at(2, 27, 8, 0)), "Friday 27/2: the sixth");
        assertEquals(LocalDate.of(2026, 2, 13), STATUS.veryOverdueBefore(LocalDate.of(2026, 2, 27)),
                "due before 13/2: more than five working days in (due day, 27/2]");
        assertEquals(LocalDate.of(2026, 2, 13), STATUS.veryOverdueBefore(LocalDate.of(2026, 2, 28)),
                "a Saturday counts like the Friday before it");
        assertEquals(LocalDate.of(2026, 2, 23).atStartOfDay(VIETNAM).toInstant(),
                STATUS.veryOverdueBefore(at(3, 2, 8, 0)), "Monday 2/3: back six working days to 23/2, a moment");
    }

    @Test
    void aMetObligationOrOneWithoutADateIsNeverVeryOverdueAndTheThresholdIsConfigured() {
        Due due = Due.of(VP_LEGAL, day(2026, 2, 3), CALENDAR);
        assertFalse(STATUS.isVeryOverdue(due, at(3, 2, 8, 0), at(3, 20, 8, 0)), "met late is met");
        assertFalse(STATUS.isVeryOverdue(Due.NONE, null, at(3, 20, 8, 0)), "promptly: no date, never late");
        StatusRule strict = new StatusRule(CALENDAR, 2, 0);
        assertFalse(strict.isVeryOverdue(due, null, at(2, 12, 18, 0)), "the due day itself is not past it");
        assertTrue(strict.isVeryOverdue(due, null, at(2, 13, 9, 0)), "at 0, any working day past the due day");
    }

    @Test
    void theOnTimeRateCountsOnlyDecidedObligations() {
        StatusCounts counts = new StatusCounts(5, 1, 1, 6, 2, 0);
        assertEquals(66.7, counts.onTimeRate());
        assertEquals(15, counts.total());
        assertNull(new StatusCounts(3, 1, 0, 0, 0, 0).onTimeRate(), "nothing decided yet");
    }

    @Test
    void veryOverdueIsATierOfOverdueNeverCountedTwice() {
        StatusCounts counts = new StatusCounts(5, 1, 3, 6, 2, 2).plus(new StatusCounts(0, 0, 1, 0, 0, 1));
        assertEquals(4, counts.overdue());
        assertEquals(3, counts.veryOverdue());
        assertEquals(1, counts.overdueNotVery());
        assertEquals(18, counts.total(), "the very overdue are among the overdue");
        assertThrows(IllegalArgumentException.class, () -> new StatusCounts(0, 0, 1, 0, 0, 2));
    }
}
