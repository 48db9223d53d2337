package vn.cong.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * Fired inside the transaction in which an obligation became due soon or overdue (once per obligation and kind):
 * {@code recipients} are the account ids of the unit's focal officers and secretariat. Notifications (back office,
 * e-mail) observe it {@code during = TransactionPhase.AFTER_SUCCESS}; the compliance dashboards show the alerts.
 */
public record ObligationAlert(long unitId, long obligationId, Long categoryId, String subject, ObligationStatus kind,
                              Instant dueAt, LocalDate dueOn, String legalBasis, Set<Long> recipients, Instant firedAt) {

    public ObligationAlert {
        recipients = Set.copyOf(recipients);
    }
}
