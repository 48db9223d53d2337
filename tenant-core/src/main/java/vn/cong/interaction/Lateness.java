package vn.cong.interaction;

import java.time.Instant;
import java.time.LocalDate;
import vn.cong.compliance.Due;
import vn.cong.compliance.ObligationStatus;
import vn.cong.compliance.StatusRule;

/**
 * How late an open question is — the desk's and the inbox's two tiers of lateness in working days (as FixMyStreet
 * has them): due soon, overdue from its due moment, very overdue once it is more than {@code veryOverdueWorkingDays}
 * working days past its due day. A question without a due date (its unit's catalog has no rule for it) is never
 * late; an answered or closed one is not late any more (its deadline was met, on time or not, by the answer).
 */
public enum Lateness {
    NO_DEADLINE, ON_TIME, DUE_SOON, OVERDUE, VERY_OVERDUE, ANSWERED;

    public static Lateness of(Question question, StatusRule rule, int veryOverdueWorkingDays, Instant now) {
        if (!question.awaitsAnswer()) {
            return ANSWERED;
        }
        Instant dueAt = question.getDueAt();
        if (dueAt == null) {
            return NO_DEADLINE;
        }
        LocalDate dueDay = dueAt.atZone(rule.calendar().officeHours().zone()).toLocalDate();
        ObligationStatus status = rule.statusOf(new Due(dueAt, dueDay), null, now);
        if (status == ObligationStatus.OVERDUE) {
            LocalDate today = now.atZone(rule.calendar().officeHours().zone()).toLocalDate();
            return rule.calendar().workingDaysBetween(dueDay, today) > veryOverdueWorkingDays ? VERY_OVERDUE : OVERDUE;
        }
        return status == ObligationStatus.DUE_SOON ? DUE_SOON : ON_TIME;
    }

    public boolean isLate() {
        return this == OVERDUE || this == VERY_OVERDUE;
    }
}
