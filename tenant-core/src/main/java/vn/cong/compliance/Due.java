package vn.cong.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import vn.cong.calendar.WorkingCalendar;
import vn.cong.catalog.Recurrence;
import vn.cong.catalog.Rule;

/**
 * When an obligation falls due: the moment ({@code at}) and the day ({@code on}), both absent when the rule gives
 * no number ("promptly", "immediately", "on the approved period") — never an invented date. Computed by the rule
 * itself through the {@link WorkingCalendar}: working days, Civil Code periods that roll over a day off, office hours.
 */
public record Due(Instant at, LocalDate on) {

    public static final Due NONE = new Due(null, null);

    public boolean isKnown() {
        return at != null;
    }

    /**
     * For an event: the rule's deadline from the trigger moment; for a recurrence that only applies when something
     * happened ("monthly, when changed"), the end of the period the trigger falls in.
     */
    public static Due of(Rule rule, ZonedDateTime trigger, WorkingCalendar calendar) {
        if (rule.hasComputableDeadline()) {
            Optional<ZonedDateTime> at = rule.dueAt(trigger, calendar);
            return at.map(moment -> ofMoment(moment.toInstant(), calendar.officeHours().zone())).orElse(NONE);
        }
        if (rule.isRecurring() && rule.trigger() != null) {
            ZoneId zone = calendar.officeHours().zone();
            return rule.periodContaining(trigger.withZoneSameInstant(zone).toLocalDate(), calendar)
                    .map(period -> endOf(period.due(), zone)).orElse(NONE);
        }
        return NONE;
    }

    /** A period of a recurrence is due at the end of its due day. */
    public static Due of(Recurrence.Period period, ZoneId zone) {
        return endOf(period.due(), zone);
    }

    /** The end (24:00) of a due day, Civil Code Art. 148. */
    static Due endOf(LocalDate day, ZoneId zone) {
        return new Due(day.plusDays(1).atStartOfDay(zone).toInstant(), day);
    }

    /** A due moment and the day it belongs to (a moment at 24:00 belongs to the day before). */
    static Due ofMoment(Instant at, ZoneId zone) {
        return new Due(at, at.minusNanos(1).atZone(zone).toLocalDate());
    }
}
