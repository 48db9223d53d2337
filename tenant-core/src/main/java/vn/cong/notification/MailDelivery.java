package vn.cong.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.cong.platform.PeriodicJobs;
import vn.cong.platform.SchemaReady;

/**
 * Sends the outbox: at once, on another thread, after the transaction that queued an e-mail committed (never
 * inside it — a slow SMTP server must not hold an editorial move); and every {@code cong.mail.interval-seconds}
 * (Jakarta Concurrency, like the publication scheduler), what is due for a retry or was queued while no sender ran.
 * Each attempt is {@link OutboxSender}'s, under the row's lock.
 */
@ApplicationScoped
public class MailDelivery {

    static final int BATCH = 50;

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Inject
    PeriodicJobs jobs;

    @Inject
    MailSettings settings;

    @Inject
    MailOutbox outbox;

    @Inject
    OutboxSender sender;

    @Inject
    RequestContextController requestContext;

    void start(@Observes SchemaReady ready) {
        if (settings.enabled()) {
            jobs.every("e-mail outbox", settings.intervalSeconds(), settings.intervalSeconds(), this::sendDue);
        }
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        if (!settings.enabled()) {
            return;
        }
        try {
            executor.execute(() -> sendSafely(queued.outboxIds()));
        } catch (RejectedExecutionException e) {
            // the periodic run sends them
            LOG.log(Level.WARNING, "CONG: e-mails " + queued.outboxIds() + " left for the next outbox run", e);
        }
    }

    /** One periodic run: every e-mail due now gets an attempt. Returns how many went out. */
    public int sendDue() {
        boolean activated = requestContext.activate();
        try {
            return send(outbox.due(BATCH));
        } finally {
            if (activated) {
                requestContext.deactivate();
            }
        }
    }

    private void sendSafely(List<Long> ids) {
        try {
            send(ids);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "CONG: sending e-mails " + ids + " failed; the outbox retries them", e);
        }
    }

    private int send(List<Long> ids) {
        boolean activated = requestContext.activate();
        try {
            int sent = 0;
            for (long id : ids) {
                try {
                    if (sender.attempt(id)) {
                        sent++;
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "CONG: attempt at e-mail " + id + " failed; it stays in the outbox", e);
                }
            }
            return sent;
        } finally {
            if (activated) {
                requestContext.deactivate();
            }
        }
    }
}
