package vn.cong.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.IntSupplier;

/**
 * A background job that works through a queue in batches (an import's rows, a reform's provinces): once per cluster
 * (a {@link JobClaims} claim held a little longer than the run), batch after batch for up to {@code budget}, then the
 * job handed back at once — a queue of ten thousand is not left waiting for the next tick between batches. Nothing is
 * kept in memory between runs, so work broken off by a restart goes on from what is still pending.
 */
@ApplicationScoped
public class ClaimedBatches {

    @Inject
    JobClaims claims;

    @Inject
    Clock clock;

    @Inject
    RequestContextController requestContext;

    /**
     * @param batch does one batch and says how much it took (0: nothing pending)
     * @param longest how long one batch may take, beyond the budget, before another instance may claim the job
     * @param what the word of the job's record for what a batch counts ("rows", "steps")
     */
    public void run(String job, Duration budget, Duration longest, IntSupplier batch, String what) {
        boolean activated = requestContext.activate();
        try {
            Instant start = clock.instant();
            if (claims.claim(job, start, budget.plus(longest))) {
                int taken = 0;
                int last;
                do {
                    last = batch.getAsInt();
                    taken += last;
                } while (last > 0 && Duration.between(start, clock.instant()).compareTo(budget) < 0);
                claims.release(job, taken > 0 ? taken + " " + what : null, clock.instant());
            }
        } finally {
            if (activated) {
                requestContext.deactivate();
            }
        }
    }
}
