package vn.cong.admin.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import vn.cong.admin.shell.BackOffice;
import vn.cong.notification.Notification;
import vn.cong.notification.Notifications;
import vn.cong.platform.DomainException;

/** Thông báo: the person's notifications in this unit, newest first, each opened or marked read here. */
@Named
@RequestScoped
public class NotificationsPage {

    static final int SHOWN = 100;

    @Inject
    BackOffice backOffice;

    @Inject
    Notifications notifications;

    private List<Row> rows;

    /** One notification as the page shows it, in the back office's language. */
    public record Row(long id, String kind, String message, String link, Instant createdAt, boolean read) {

        public long getId() {
            return id;
        }

        public String getKind() {
            return kind;
        }

        public String getMessage() {
            return message;
        }

        public String getLink() {
            return link;
        }

        public Instant getCreatedAt() {
            return createdAt;
        }

        public boolean isRead() {
            return read;
        }
    }

    public List<Row> getRows() {
        if (rows == null) {
            String language = backOffice.getLanguage();
            List<Notification> latest = notifications.latest(backOffice.actor().accountId(), SHOWN);
            rows = latest.stream().map(n -> new Row(n.getId(), n.getKind(), n.message(language), n.getLink(),
                    n.getCreatedAt(), n.isRead())).toList();
        }
        return rows;
    }

    /** Marks it read and opens what it is about (a path of this host: notices never link elsewhere). */
    public String open(long id) throws IOException {
        try {
            Notification read = notifications.markRead(backOffice.actor(), id);
            if (read.getLink() == null) {
                return reload();
            }
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + read.getLink());
            return null;
        } catch (DomainException e) {
            return backOffice.show(e);
        }
    }

    public String markRead(long id) {
        try {
            notifications.markRead(backOffice.actor(), id);
        } catch (DomainException e) {
            backOffice.show(e);
        }
        return reload();
    }

    public String markAllRead() {
        notifications.markAllRead(backOffice.actor());
        return reload();
    }

    private static String reload() {
        return "/admin/notifications.xhtml?faces-redirect=true";
    }
}
