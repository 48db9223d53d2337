package vn.cong.catalog;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import vn.cong.calendar.WorkingCalendar;

/**
 * One publication rule of a catalog category (quy định về thời hạn cung cấp thông tin), with the article it comes
 * from. Either event-driven — a {@link Trigger} starts a {@link Deadline} ("within 7 working days of signing") — or
 * periodic — a {@link Recurrence} ("monthly, when changed": a recurrence whose trigger says when it applies), or both.
 * A {@link RuleCondition} narrows a rule to one case of its category.
 *
 * <p>A rule knows how to compute its due date given a {@link WorkingCalendar}; when the law gives no number
 * ("promptly") it answers no date, and {@link #hasComputableDeadline()} says so.
 */
public record Rule(Trigger trigger, RuleCondition condition, Deadline deadline, Recurrence recurrence,
                   String legalBasis) {

    public Rule {
        if (deadline == null && recurrence == null) {
            throw new IllegalArgumentException("A rule has a deadline, a recurrence or both");
        }
        if (deadline != null && trigger == null && deadline.kind() != DeadlineKind.PROMPTLY) {
            throw new IllegalArgumentException("A deadline of kind " + deadline.kind() + " counts from a trigger");
        }
        if (legalBasis == null || legalBasis.isBlank()) {
            throw new IllegalArgumentException("A rule names the article it comes from");
        }
        legalBasis = legalBasis.strip();
    }

    public static Rule deadline(Trigger trigger, Deadline deadline, String legalBasis) {
        return new Rule(trigger, null, deadline, null, legalBasis);
    }

    public static Rule recurring(Recurrence recurrence, String legalBasis) {
        return new Rule(null, null, null, recurrence, legalBasis);
    }

    public boolean isEventDriven() {
        return deadline != null;
    }

    public boolean isRecurring() {
        return recurrence != null;
    }

    /** A due date can be computed from a trigger (false for "promptly", "immediately", periodic-only rules). */
    public boolean hasComputableDeadline() {
        return deadline != null && deadline.isComputable();
    }

    /** See {@link Deadline#dueDate}; empty for a periodic-only rule or a deadline without a number. */
    public Optional<LocalDate> dueDate(LocalDate triggerDay, WorkingCalendar calendar) {
        return deadline == null ? Optional.empty() : deadline.dueDate(triggerDay, calendar);
    }

    /** See {@link Deadline#dueAt}. */
    public Optional<ZonedDateTime> dueAt(ZonedDateTime triggerMoment, WorkingCalendar calendar) {
        return deadline == null ? Optional.empty() : deadline.dueAt(triggerMoment, calendar);
    }

    /** See {@link Recurrence#periodContaining}; empty for an event-driven-only rule. */
    public Optional<Recurrence.Period> periodContaining(LocalDate day, WorkingCalendar calendar) {
        return recurrence == null ? Optional.empty() : recurrence.periodContaining(day, calendar);
    }
}
