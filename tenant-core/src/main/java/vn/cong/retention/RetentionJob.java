package vn.cong.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cong.platform.PeriodicJobs;
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

    @Inject
    PeriodicJobs jobs;

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

    void start(@Observes SchemaReady ready) {
        jobs.every("retention", Math.min(60, intervalSeconds), intervalSeconds, this::runClaimed);
    }

    /** One scheduled run, if this instance claims it (once per cluster and interval). */
    private void runClaimed() {
        boolean activated = requestContext.activate();
        try {
            if (claims.claim(JOB, clock.instant(), Duration.ofSeconds(Math.max(1, intervalSeconds - 1)))) {
                RetentionRun run = runs.run(SCHEDULE);
                claims.record(JOB, "archived=" + run.getArchived() + "; units=" + run.getUnitsChecked()
                        + "; failed=" + run.getFailed());
            }
        } finally {
            if (activated) {
                requestContext.deactivate();
            }
        }
    }
}
