package vn.cong.provisioning.importing;

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
 * Runs the confirmed imports in the background: every {@code cong.import.interval-seconds} (default 2), once per
 * cluster (a {@link JobClaims} claim), up to {@code cong.import.batch} rows (default 200). Nothing is kept in memory
 * between runs, so an import broken off by a restart goes on from its first pending row.
 */
@ApplicationScoped
public class ImportJob {

    public static final String JOB = "unit-imports";

    @Inject
    PeriodicJobs jobs;

    @Inject
    JobClaims claims;

    @Inject
    UnitImports imports;

    @Inject
    Clock clock;

    @Inject
    RequestContextController requestContext;

    @Inject
    @ConfigProperty(name = "cong.import.interval-seconds", defaultValue = "2")
    long intervalSeconds;

    @Inject
    @ConfigProperty(name = "cong.import.batch", defaultValue = "200")
    int batch;

    @Inject
    @ConfigProperty(name = "cong.import.run-seconds", defaultValue = "30")
    long runSeconds;

    void start(@Observes SchemaReady ready) {
        jobs.every("unit imports", intervalSeconds, intervalSeconds, this::runClaimed);
    }

    /**
     * One claimed run takes batch after batch for up to {@code cong.import.run-seconds} (claimed a little longer, so
     * no other instance starts the same rows meanwhile), then hands the job back: a country of ten thousand units
     * is not left waiting for the next tick between batches.
     */
    private void runClaimed() {
        boolean activated = requestContext.activate();
        try {
            Instant start = clock.instant();
            Duration budget = Duration.ofSeconds(Math.max(1, runSeconds));
            if (claims.claim(JOB, start, budget.plusSeconds(Math.max(2, intervalSeconds)))) {
                int taken = 0;
                int last;
                do {
                    last = imports.runPending(batch);
                    taken += last;
                } while (last > 0 && Duration.between(start, clock.instant()).compareTo(budget) < 0);
                claims.release(JOB, taken > 0 ? taken + " rows" : null, clock.instant());
            }
        } finally {
            if (activated) {
                requestContext.deactivate();
            }
        }
    }
}
