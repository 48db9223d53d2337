package vn.cong.editorial;

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
 * Publishes SCHEDULED items at their time. Every {@code cong.publication.interval-seconds} (Jakarta Concurrency's
 * managed scheduler ({@link PeriodicJobs}), started once Flyway is done) it reads the due rows of the
 * {@link PublicationQueue} and releases each in its own transaction ({@link ItemTransitions#release}). Every
 * instance of a cluster runs it: the row lock of the claim makes each item published once. A release that fails
 * leaves the item in PUBLISH_FAILED — never silently scheduled.
 */
@ApplicationScoped
public class ScheduledPublisher {

    static final int BATCH = 100;

    private static final Logger LOG = Logger.getLogger(ScheduledPublisher.class.getName());

    @Inject
    PeriodicJobs jobs;

    @Inject
    PublicationQueue queue;

    @Inject
    ItemTransitions transitions;

    @Inject
    RequestContextController requestContext;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "cong.publication.interval-seconds", defaultValue = "10")
    long intervalSeconds;

    void start(@Observes SchemaReady ready) {
        jobs.every("scheduled publication", intervalSeconds, intervalSeconds, this::runDue);
    }

    /** One run: every row due now is released or marked failed. Returns how many items were published. */
    public int runDue() {
        boolean activated = requestContext.activate();
        try {
            int published = 0;
            List<ScheduledPublication> due = queue.due(clock.instant(), BATCH);
            for (ScheduledPublication row : due) {
                if (releaseOne(row.getId()) == ItemTransitions.ReleaseOutcome.PUBLISHED) {
                    published++;
                }
            }
            return published;
        } finally {
            if (activated) {
                requestContext.deactivate();
            }
        }
    }

    private ItemTransitions.ReleaseOutcome releaseOne(long rowId) {
        try {
            return transitions.release(rowId);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "CONG: scheduled publication " + rowId + " failed; the item is marked failed", e);
            try {
                transitions.failAfterError(rowId);
            } catch (RuntimeException again) {
                LOG.log(Level.SEVERE, "CONG: could not mark scheduled publication " + rowId + " as failed", again);
            }
            return ItemTransitions.ReleaseOutcome.FAILED;
        }
    }
}
