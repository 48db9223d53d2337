package vn.cong.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.cong.calendar.WorkingCalendar;
import vn.cong.catalog.Recurrence;
import vn.cong.catalog.RecurrenceKind;
import vn.cong.catalog.Rule;

/**
 * Which periods of a periodic rule the scheduled evaluation keeps an obligation for: the period containing today and
 * the one before it (so that a period that ended while no instance ran is still judged). Only unconditional
 * recurrences are evaluated this way — "monthly, when changed" arises when the change is registered — and a period
 * "as approved" has no dates to evaluate.
 */
public final class RecurrencePeriods {

    private RecurrencePeriods() {
    }

    public static boolean isEvaluated(Rule rule) {
        return rule.isRecurring() && rule.trigger() == null && rule.recurrence().kind() != RecurrenceKind.AS_APPROVED;
    }

    /** The previous and the current period, oldest first. */
    public static List<Recurrence.Period> around(Rule rule, LocalDate today, WorkingCalendar calendar) {
        List<Recurrence.Period> periods = new ArrayList<>();
        rule.periodContaining(today, calendar).ifPresent(current -> {
            rule.periodContaining(current.start().minusDays(1), calendar).ifPresent(periods::add);
            periods.add(current);
        });
        return periods;
    }
}
