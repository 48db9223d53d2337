package vn.cong.catalog;

import vn.cong.platform.DomainException;

/**
 * A rule as a person types it in the back office: loose parts that {@link #toRule(int)} checks and turns into a
 * {@link Rule} — or refuses with a message naming the rule's line (422).
 */
public record RuleDraft(Trigger trigger, RuleCondition condition, DeadlineKind deadlineKind, Integer amount,
                        RecurrenceKind recurrenceKind, boolean alsoOnDaysOff, String legalBasis) {

    public static RuleDraft of(Rule rule) {
        return new RuleDraft(rule.trigger(), rule.condition(),
                rule.deadline() == null ? null : rule.deadline().kind(),
                rule.deadline() == null || !rule.deadline().kind().isCounted() ? null : rule.deadline().amount(),
                rule.recurrence() == null ? null : rule.recurrence().kind(),
                rule.recurrence() != null && rule.recurrence().alsoOnDaysOff(), rule.legalBasis());
    }

    /** {@code line} counts from 1, for the message. */
    public Rule toRule(int line) {
        try {
            Deadline deadline = deadlineKind == null ? null
                    : new Deadline(deadlineKind, deadlineKind.isCounted() && amount != null ? amount : 0);
            Recurrence recurrence = recurrenceKind == null ? null
                    : new Recurrence(recurrenceKind, alsoOnDaysOff && recurrenceKind == RecurrenceKind.EACH_WORKING_DAY);
            return new Rule(trigger, condition, deadline, recurrence, legalBasis);
        } catch (IllegalArgumentException e) {
            throw new DomainException(422, "catalog.rule.invalid", line);
        }
    }
}
