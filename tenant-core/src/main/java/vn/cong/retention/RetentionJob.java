package vn.cong.retention;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cong.platform.JobClaims;
import vn.cong.platform.SchemaReady;

/**
 * Applies retention on a schedule: every {@code cong.retention.interval-seconds} (default one day; 0 turns it off)
 * one instance of the cluster — the one that claims the {@code job_claim} row — runs {@link RetentionRuns#run}.
 */
@ApplicationScoped
public class RetentionJob {

    public static final String JOB = "retention";
    public static final String SCHEDULE = "Lịch tự động";

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @Inject
    JobClaims claims;

    @Inject
    RetentionRuns runs;

    @Inject
    RequestContextController requestContext;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "cong.retention.interval-seconds", defaultValue = "86400")
    long intervalSeconds;

    private ScheduledFuture<?> task;

    void start(@Observes SchemaReady ready) {
        if (task == null && intervalSeconds > 0) {
            task = executor.scheduleWithFixedDelay(this::runSafely, Math.min(60, intervalSeconds), intervalSeconds,
                    TimeUnit.SECONDS);
            LOG.info(() -> "CONG: retention runs every " + intervalSeconds + " s");
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    private void runSafely() {
        boolean activated = requestContext.activate();
        try {
            if (claims.claim(JOB, clock.instant(), Duration.ofSeconds(Math.max(1, intervalSeconds - 1)))) {
                RetentionRun run = runs.run(SCHEDULE);
                claims.record(JOB, "archived=" + run.getArchived() + "; units=" + run.getUnitsChecked()
                        + "; failed=" + run.getFailed());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "CONG: retention run failed", e);
        } finally {
            if (activated) {
                requestContext.deactivate();
            }
        }
    }
}
