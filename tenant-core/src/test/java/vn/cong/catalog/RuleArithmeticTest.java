package vn.cong.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.cong.calendar.InMemoryWorkingCalendar;
import vn.cong.calendar.WorkingCalendar;

/** The rule value types: notation, what may not be built, and how each deadline kind counts. */
class RuleArithmeticTest {

    private static final WorkingCalendar CALENDAR = InMemoryWorkingCalendar.withoutSchedule();
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void deadlinesReadAndWriteTheirNotation() {
        assertEquals(Deadline.workingDays(7), Deadline.parse("7 WORKING_DAYS"));
        assertEquals("7 WORKING_DAYS", Deadline.workingDays(7).notation());
        assertEquals("PROMPTLY", Deadline.parse("promptly").notation());
        assertEquals(new Retention(RetentionKind.YEARS_AFTER_EXPIRY, 1), Retention.parse("1 YEARS_AFTER_EXPIRY"));
    }

    @Test
    void aNumberIsRequiredExactlyWhereTheLawGivesOne() {
        assertThrows(IllegalArgumentException.class, () -> new Deadline(DeadlineKind.WORKING_DAYS, 0));
        assertThrows(IllegalArgumentException.class, () -> new Deadline(DeadlineKind.PROMPTLY, 3));
        assertThrows(IllegalArgumentException.class, () -> Deadline.parse("seven WORKING_DAYS"));
        assertThrows(IllegalArgumentException.class, () -> new Retention(RetentionKind.PERMANENT, 5));
        assertThrows(IllegalArgumentException.class, () -> new Recurrence(RecurrenceKind.MONTHLY, true));
    }

    @Test
    void aRuleNeedsADeadlineOrARecurrenceAndItsArticle() {
        assertThrows(IllegalArgumentException.class, () -> new Rule(Trigger.SIGNED, null, null, null, "X"));
        assertThrows(IllegalArgumentException.class,
                () -> new Rule(null, null, Deadline.workingDays(2), null, "X"), "counted from what?");
        assertThrows(IllegalArgumentException.class,
                () -> Rule.deadline(Trigger.SIGNED, Deadline.workingDays(2), " "));
    }

    @Test
    void promptlyIsFlaggedAndComputesNothing() {
        Rule promptly = Rule.deadline(Trigger.INFORMATION_CHANGED, Deadline.of(DeadlineKind.PROMPTLY), "X");
        assertFalse(promptly.hasComputableDeadline());
        assertEquals(Optional.empty(), promptly.dueDate(LocalDate.of(2026, 3, 2), CALENDAR));
        assertEquals(Optional.empty(), promptly.dueAt(ZonedDateTime.of(2026, 3, 2, 8, 0, 0, 0, VIETNAM), CALENDAR));
        assertTrue(Rule.deadline(Trigger.SIGNED, Deadline.of(DeadlineKind.SAME_DAY), "X").hasComputableDeadline());
    }

    @Test
    void aWorkingDayDeadlineEndsAtMidnightOfItsLastDayInVietnam() {
        Rule rule = Rule.deadline(Trigger.SIGNED, Deadline.workingDays(2), "X");
        ZonedDateTime signedInUtc = ZonedDateTime.of(2026, 2, 12, 18, 0, 0, 0, ZoneId.of("UTC"));
        assertEquals(ZonedDateTime.of(2026, 2, 25, 0, 0, 0, 0, VIETNAM).withZoneSameInstant(ZoneId.of("UTC")),
                rule.dueAt(signedInUtc, CALENDAR).orElseThrow(),
                "18:00 UTC is already Friday 13 February in Vietnam: due by the end of Tuesday 24 (not Monday 23)");
    }

    @Test
    void anHourlyDeadlineGivesTheLatestDayWhenOnlyTheDayIsKnown() {
        Deadline fourHours = new Deadline(DeadlineKind.WORKING_HOURS, 4);
        assertEquals(LocalDate.of(2026, 2, 23), fourHours.dueDate(LocalDate.of(2026, 2, 13), CALENDAR).orElseThrow(),
                "something received late on Friday 13 February is due on the first working day after Tết");
    }

    @Test
    void aMonthlyPeriodEndingOnAHolidayIsDueOnTheNextWorkingDay() {
        Recurrence monthly = Recurrence.of(RecurrenceKind.MONTHLY);
        assertEquals(LocalDate.of(2026, 5, 4), monthly.periodContaining(LocalDate.of(2026, 4, 10), CALENDAR)
                .orElseThrow().due(), "30 April is a holiday, 1 May too, then a weekend");
        assertEquals(LocalDate.of(2034, 1, 3), Recurrence.of(RecurrenceKind.YEARLY)
                .periodContaining(LocalDate.of(2033, 6, 1), CALENDAR).orElseThrow().due(),
                "31 December 2033 is a Saturday, 1 January a Sunday holiday made up on Monday 2 January");
    }
}
