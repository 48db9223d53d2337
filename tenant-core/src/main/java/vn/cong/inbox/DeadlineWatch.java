package vn.cong.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cong.platform.PeriodicJobs;
import vn.cong.platform.SchemaReady;

/**
 * Warns before and at an inbox item's due time (MIC Art. 14.1's 4 working hours and the other rules of
 * {@link DueRules}). Every {@code cong.inbox.watch-interval-seconds} (Jakarta Concurrency, like the publication
 * scheduler) it reads the {@link InboxDeadline} rows with a reminder due and sends each through
 * {@link DeadlineReminder}, which holds the row's lock: every instance of a cluster runs the watch, each reminder
 * goes out once.
 */
@ApplicationScoped
public class DeadlineWatch {

    static final int BATCH = 100;

    private static final Logger LOG = Logger.getLogger(DeadlineWatch.class.getName());

    @Inject
    PeriodicJobs jobs;

    @Inject
    InboxDeadlines deadlines;

    @Inject
    DeadlineReminder reminder;

    @Inject
    RequestContextController requestContext;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "cong.inbox.watch-interval-seconds", defaultValue = "60")
    long intervalSeconds;

    void start(@Observes SchemaReady ready) {
        jobs.every("inbox deadline watch", intervalSeconds, intervalSeconds, this::runDue);
    }

    /** One run: every reminder due now is sent. Returns how many were. */
    public int runDue() {
        boolean activated = requestContext.activate();
        try {
            int sent = 0;
            List<Long> due = deadlines.due(clock.instant(), BATCH);
            for (long rowId : due) {
                try {
                    if (reminder.remind(rowId)) {
                        sent++;
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "CONG: inbox reminder " + rowId + " failed; the next run tries again", e);
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
