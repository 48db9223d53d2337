package vn.cong.provisioning.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
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

    void start(@Observes SchemaReady ready) {
        jobs.every("unit imports", intervalSeconds, intervalSeconds, this::runClaimed);
    }

    private void runClaimed() {
        boolean activated = requestContext.activate();
        try {
            if (claims.claim(JOB, clock.instant(), Duration.ofMillis(Math.max(500, intervalSeconds * 1000 - 500)))) {
                int taken = imports.runPending(batch);
                if (taken > 0) {
                    claims.record(JOB, taken + " rows");
                }
            }
        } finally {
            if (activated) {
                requestContext.deactivate();
            }
        }
    }
}
