package vn.cong.interaction;

import java.time.Instant;
import java.time.LocalDate;
import vn.cong.compliance.Due;
import vn.cong.compliance.StatusRule;

/**
 * How late an open question is — the desk's and the inbox's two tiers of lateness in working days (as FixMyStreet
 * has them): due soon, overdue from its due moment, very overdue once it is more than the compliance rule's
 * {@link StatusRule#veryOverdueWorkingDays()} working days past its due day (one notion with the obligations'). A
 * question without a due date (its unit's catalog has no rule for it) is never late; an answered or closed one is not
 * late any more (its deadline was met, on time or not, by the answer).
 */
public enum Lateness {
    NO_DEADLINE, ON_TIME, DUE_SOON, OVERDUE, VERY_OVERDUE, ANSWERED;

    public static Lateness of(Question question, StatusRule rule, Instant now) {
        if (!question.awaitsAnswer()) {
            return ANSWERED;
        }
        Instant dueAt = question.getDueAt();
        if (dueAt == null) {
            return NO_DEADLINE;
        }
        LocalDate dueDay = dueAt.atZone(rule.calendar().officeHours().zone()).toLocalDate();
        Due due = new Due(dueAt, dueDay);
        if (rule.isVeryOverdue(due, null, now)) {
            return VERY_OVERDUE;
        }
        return switch (rule.statusOf(due, null, now)) {
            case OVERDUE -> OVERDUE;
            case DUE_SOON -> DUE_SOON;
            default -> ON_TIME;
        };
    }

    public boolean isLate() {
        return this == OVERDUE || this == VERY_OVERDUE;
    }
}
