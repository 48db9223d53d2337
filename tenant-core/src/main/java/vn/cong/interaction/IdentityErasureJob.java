package vn.cong.interaction;

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
 * Runs {@link IdentityErasure} every {@code cong.interaction.erasure-interval-seconds} (default one day; 0 turns it
 * off), on the one instance of the cluster that claims the {@code job_claim} row.
 */
@ApplicationScoped
public class IdentityErasureJob {

    public static final String JOB = "identity-erasure";

    @Inject
    PeriodicJobs jobs;

    @Inject
    JobClaims claims;

    @Inject
    IdentityErasure erasure;

    @Inject
    RequestContextController requestContext;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "cong.interaction.erasure-interval-seconds", defaultValue = "86400")
    long intervalSeconds;

    void start(@Observes SchemaReady ready) {
        jobs.every(JOB, Math.min(90, intervalSeconds), intervalSeconds, this::runClaimed);
    }

    private void runClaimed() {
        boolean activated = requestContext.activate();
        try {
            if (claims.claim(JOB, clock.instant(), Duration.ofSeconds(Math.max(1, intervalSeconds - 1)))) {
                claims.record(JOB, "erased=" + erasure.eraseDue());
            }
        } finally {
            if (activated) {
                requestContext.deactivate();
            }
        }
    }
}
