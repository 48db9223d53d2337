package vn.cong.compliance;

import vn.cong.platform.Vietnam;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import vn.cong.notification.Notice;
import vn.cong.notification.Notifications;

/**
 * Tells a unit's focal officers and secretariat that a publication obligation is due soon or overdue: in the back
 * office (the bell) and by e-mail when e-mail is on. Observed inside the evaluation's transaction, so that the
 * notification exists exactly when the obligation's "alerted" mark commits (the alert is fired once per status).
 */
@ApplicationScoped
public class ComplianceNotifier {

    static final String BUNDLE = "vn.cong.compliance.notices";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    Notifications notifications;

    void onAlert(@Observes ObligationAlert alert) {
        notifications.send(alert.unitId(), notice(alert), alert.recipients());
    }

    static Notice notice(ObligationAlert alert) {
        String due = alert.dueOn() != null ? DAY.format(alert.dueOn())
                : alert.dueAt() != null ? DAY.format(alert.dueAt().atZone(Vietnam.ZONE)) : "";
        boolean overdue = alert.kind() == ObligationStatus.OVERDUE;
        boolean withBasis = alert.legalBasis() != null && !alert.legalBasis().isBlank();
        String key = (overdue ? "obligation.overdue" : "obligation.due-soon") + (withBasis ? "" : ".no-basis");
        return Notice.of(overdue ? "compliance.overdue" : "compliance.due-soon", BUNDLE, key, alert.subject(), due,
                        withBasis ? alert.legalBasis() : "")
                .linkingTo("/admin/compliance.xhtml?status=" + alert.kind().name());
    }
}
