package vn.cong.provisioning.reform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cong.platform.JobClaims;
import vn.cong.platform.PeriodicJobs;
import vn.cong.platform.SchemaReady;

/**
 * Applies the confirmed reforms in the background: every {@code cong.import.interval-seconds} (default 2), once per
 * cluster (a {@link JobClaims} claim), step after step for up to {@code cong.import.run-seconds}; a step is a new
 * province in one transaction, so a restart goes on from the first step still pending.
 */
@ApplicationScoped
public class ReformJob {

    public static final String JOB = "reforms";

    /** A province as large as Hà Nội (600 old units) takes tens of seconds: the claim outlives the longest step. */
    private static final Duration LONGEST_STEP = Duration.ofMinutes(10);

    @Inject
    PeriodicJobs jobs;

    @Inject
    JobClaims claims;

    @Inject
    Reforms reforms;

    @Inject
    Clock clock;

    @Inject
    RequestContextController requestContext;

    @Inject
    @ConfigProperty(name = "cong.import.interval-seconds", defaultValue = "2")
    long intervalSeconds;

    @Inject
    @ConfigProperty(name = "cong.import.run-seconds", defaultValue = "30")
    long runSeconds;

    void start(@Observes SchemaReady ready) {
        jobs.every("reforms", intervalSeconds, intervalSeconds, this::runClaimed);
    }

    private void runClaimed() {
        boolean activated = requestContext.activate();
        try {
            Instant start = clock.instant();
            Duration budget = Duration.ofSeconds(Math.max(1, runSeconds));
            if (claims.claim(JOB, start, budget.plus(LONGEST_STEP))) {
                int taken = 0;
                int last;
                do {
                    last = reforms.runPending(1);
                    taken += last;
                } while (last > 0 && Duration.between(start, clock.instant()).compareTo(budget) < 0);
                claims.release(JOB, taken > 0 ? taken + " steps" : null, clock.instant());
            }
        } finally {
            if (activated) {
                requestContext.deactivate();
            }
        }
    }
}
