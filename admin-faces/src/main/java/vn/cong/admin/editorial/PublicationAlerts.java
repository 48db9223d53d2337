package vn.cong.admin.editorial;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.cong.admin.shell.BackOffice;
import vn.cong.inbox.Inboxes;

/**
 * The banner on every back-office page while scheduled publications have failed: the secretariat and the head
 * see it until each failed item is published, rescheduled or taken back into edit — never silent.
 */
@Named
@RequestScoped
public class PublicationAlerts {

    @Inject
    BackOffice backOffice;

    @Inject
    Inboxes inboxes;

    private Long failed;

    public long getFailed() {
        if (failed == null) {
            failed = inboxes.publishFailures(backOffice.actor());
        }
        return failed;
    }
}
