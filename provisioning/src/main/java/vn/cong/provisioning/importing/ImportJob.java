package vn.cong.provisioning.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cong.platform.ClaimedBatches;
import vn.cong.platform.PeriodicJobs;
import vn.cong.platform.SchemaReady;

/**
 * Runs the confirmed imports in the background: every {@code cong.import.interval-seconds} (default 2), once per
 * cluster ({@link ClaimedBatches}), up to {@code cong.import.batch} rows (default 200) a batch. Nothing is kept in memory
 * between runs, so an import broken off by a restart goes on from its first pending row.
 */
@ApplicationScoped
public class ImportJob {

    public static final String JOB = "unit-imports";

    @Inject
    PeriodicJobs jobs;

    @Inject
    ClaimedBatches batches;

    @Inject
    UnitImports imports;


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

    /** Batch after batch for up to {@code cong.import.run-seconds}, claimed one tick longer. */
    private void runClaimed() {
        batches.run(JOB, Duration.ofSeconds(Math.max(1, runSeconds)), Duration.ofSeconds(Math.max(2, intervalSeconds)),
                () -> imports.runPending(batch), "rows");
    }
}
