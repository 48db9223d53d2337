package vn.cong.provisioning.reform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cong.platform.ClaimedBatches;
import vn.cong.platform.PeriodicJobs;
import vn.cong.platform.SchemaReady;

/**
 * Applies the confirmed reforms in the background ({@link ClaimedBatches}): every
 * {@code cong.import.interval-seconds} (default 2), once per cluster, step after step for up to
 * {@code cong.import.run-seconds}; a step is a new province in one transaction, so a restart goes on from the first
 * step still pending.
 */
@ApplicationScoped
public class ReformJob {

    public static final String JOB = "reforms";

    /** A province as large as Hà Nội (600 old units) takes tens of seconds: the claim outlives the longest step. */
    private static final Duration LONGEST_STEP = Duration.ofMinutes(10);

    @Inject
    PeriodicJobs jobs;

    @Inject
    ClaimedBatches batches;

    @Inject
    Reforms reforms;


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
        batches.run(JOB, Duration.ofSeconds(Math.max(1, runSeconds)), LONGEST_STEP, () -> reforms.runPending(1),
                "steps");
    }
}
