package vn.cong.admin.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.cong.admin.shell.BackOffice;
import vn.cong.notification.MailOutbox;
import vn.cong.notification.OutboxPolicy;
import vn.cong.notification.Notifications;

/**
 * The bell on every back-office page: how many of the person's notifications in this unit are unread; for the unit
 * administrator, how many e-mails of the unit's outbox failed (never silent).
 */
@Named
@RequestScoped
public class NotificationBell {

    @Inject
    BackOffice backOffice;

    @Inject
    Notifications notifications;

    @Inject
    MailOutbox outbox;

    private Long unread;
    private Long failedMails;

    public long getUnread() {
        if (unread == null) {
            unread = backOffice.actor() == null || !backOffice.actor().isMember() ? 0L
                    : notifications.unread(backOffice.actor().accountId());
        }
        return unread;
    }

    public boolean isMaySeeOutbox() {
        return OutboxPolicy.maySee(backOffice.actor());
    }

    public long getFailedMails() {
        if (failedMails == null) {
            failedMails = isMaySeeOutbox() ? outbox.failedIn(backOffice.getUnit().getId()) : 0L;
        }
        return failedMails;
    }
}
