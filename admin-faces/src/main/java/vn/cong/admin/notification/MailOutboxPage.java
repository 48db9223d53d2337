package vn.cong.admin.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.cong.admin.shell.BackOffice;
import vn.cong.notification.MailOutbox;
import vn.cong.notification.OutboxMail;
import vn.cong.platform.DomainException;

/**
 * Hộp thư đi: the unit's notification e-mails for its administrator — failed ones first with their last error,
 * then those waiting for a retry, then those sent — and a way to send a failed one again. 403 for others.
 */
@Named
@RequestScoped
public class MailOutboxPage {

    static final int SHOWN = 200;

    @Inject
    BackOffice backOffice;

    @Inject
    MailOutbox outbox;

    private List<OutboxMail> mails;

    /** View action: the outbox enforces who may see it; a refusal becomes the error page. */
    public void load() {
        try {
            mails = outbox.ofUnit(backOffice.actor(), SHOWN);
        } catch (DomainException refusal) {
            BackOffice.fail(refusal.status());
        }
    }

    public List<OutboxMail> getMails() {
        return mails == null ? List.of() : mails;
    }

    public String retry(long id) {
        try {
            outbox.retry(backOffice.actor(), id);
        } catch (DomainException e) {
            return backOffice.show(e);
        }
        return "/admin/mail-outbox.xhtml?faces-redirect=true";
    }
}
