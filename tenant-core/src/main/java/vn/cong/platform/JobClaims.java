package vn.cong.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Once-per-cluster runs of periodic platform jobs (compliance evaluation, retention), as the scheduled publisher's
 * claim: every instance asks on its own timer; {@link #claim} locks the job's row ({@code SELECT … FOR UPDATE}),
 * and only the instance that finds it due moves {@code next_run_at} on and runs the job — a second instance waits on
 * the lock, then finds the job no longer due. The first claim of a job inserts its row; two instances inserting at
 * once collide on the primary key and one of them simply skips that turn.
 */
@ApplicationScoped
public class JobClaims {

    @Inject
    TenantBoundEntityManager entityManagers;

    /** True when this instance should run {@code job} now; the next run is then due {@code every} later. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String job, Instant now, Duration every) {
        EntityManager em = entityManagers.platform();
        JobClaim row = em.find(JobClaim.class, job, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            row = new JobClaim(job, now);
            em.persist(row);
            em.flush();
        }
        if (!row.isDueAt(now)) {
            return false;
        }
        row.ran(now, now.plus(every));
        return true;
    }

    /**
     * Makes the job due again at {@code next} — a run that claimed a long slot and finished early hands the job back
     * at once — and records how it went when there is something to say ({@code outcome} null: nothing was done).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String job, String outcome, Instant next) {
        Optional.ofNullable(entityManagers.platform().find(JobClaim.class, job, LockModeType.PESSIMISTIC_WRITE))
                .ifPresent(row -> {
                    if (outcome != null) {
                        row.record(outcome);
                    }
                    row.dueAt(next);
                });
    }

    /** Records how the last run went (shown to the operator). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String job, String outcome) {
        Optional.ofNullable(entityManagers.platform().find(JobClaim.class, job)).ifPresent(row -> row.record(outcome));
    }

    @Transactional
    public Optional<JobClaim> find(String job) {
        return Optional.ofNullable(entityManagers.platform().find(JobClaim.class, job));
    }
}
