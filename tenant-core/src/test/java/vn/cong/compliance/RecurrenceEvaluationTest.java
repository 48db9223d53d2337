package vn.cong.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cong.calendar.InMemoryWorkingCalendar;
import vn.cong.calendar.WorkingCalendar;
import vn.cong.catalog.Recurrence;
import vn.cong.catalog.RecurrenceKind;
import vn.cong.catalog.Rule;
import vn.cong.catalog.Trigger;

/** Which periods of a periodic rule the scheduled evaluation keeps obligations for, and when they fall due. */
class RecurrenceEvaluationTest {

    private static final WorkingCalendar CALENDAR = InMemoryWorkingCalendar.withoutSchedule();

    private static final Rule DAILY = Rule.recurring(new Recurrence(RecurrenceKind.EACH_WORKING_DAY, true), "MIC Art. 15.1");
    private static final Rule MONTHLY = Rule.recurring(Recurrence.of(RecurrenceKind.MONTHLY), "MIC Art. 11.2c");
    private static final Rule SIX_MONTHLY = Rule.recurring(Recurrence.of(RecurrenceKind.SEMI_ANNUAL), "MIC Art. 11.2n");

    @Test
    void theDailyNewsRuleAfterTetCoversTheWholeHolidayInOnePeriod() {
        List<Recurrence.Period> periods = RecurrencePeriods.around(DAILY, LocalDate.of(2026, 2, 23), CALENDAR);
        assertEquals(List.of(
                new Recurrence.Period(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 13)),
                new Recurrence.Period(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 23), LocalDate.of(2026, 2, 23))),
                periods);
    }

    @Test
    void monthlyPeriodsEndingOnAWeekendAreDueTheNextWorkingDay() {
        List<Recurrence.Period> periods = RecurrencePeriods.around(MONTHLY, LocalDate.of(2026, 11, 15), CALENDAR);
        assertEquals(LocalDate.of(2026, 11, 2), periods.get(0).due(), "October ends on a Saturday");
        assertEquals(LocalDate.of(2026, 11, 30), periods.get(1).due());
        Due due = Due.of(periods.get(0), ZoneId.of("Asia/Ho_Chi_Minh"));
        assertEquals(LocalDate.of(2026, 11, 2), due.on());
    }

    @Test
    void enterpriseDisclosuresAreDueAtTheEndOfEachHalfYear() {
        List<Recurrence.Period> periods = RecurrencePeriods.around(SIX_MONTHLY, LocalDate.of(2026, 11, 15), CALENDAR);
        assertEquals(LocalDate.of(2026, 1, 1), periods.get(0).start());
        assertEquals(LocalDate.of(2026, 6, 30), periods.get(0).due());
        assertEquals(LocalDate.of(2026, 12, 31), periods.get(1).due());
    }

    @Test
    void onlyUnconditionalRecurrencesWithDatesAreEvaluatedBySchedule() {
        assertTrue(RecurrencePeriods.isEvaluated(DAILY));
        assertTrue(RecurrencePeriods.isEvaluated(MONTHLY));
        assertFalse(RecurrencePeriods.isEvaluated(new Rule(Trigger.INFORMATION_CHANGED, null, null,
                Recurrence.of(RecurrenceKind.MONTHLY), "MIC Art. 11.2c")), "monthly when changed: on registration");
        assertFalse(RecurrencePeriods.isEvaluated(Rule.recurring(Recurrence.of(RecurrenceKind.AS_APPROVED),
                "MIC Art. 11.2d")), "no period to compute");
    }
}
