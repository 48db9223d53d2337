package vn.cong.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import vn.cong.editorial.ItemTransitions;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.tenancy.Unit;

/**
 * One unit's part of a run, in its own transaction as that unit: every candidate archived through
 * {@link ItemTransitions#expire} (a workflow move: audit line, 410 for citizens, page cache dropped) and logged as a
 * {@link RetentionAction} of the run.
 */
@ApplicationScoped
public class UnitRetention {

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    RetentionCandidates candidates;

    @Inject
    ItemTransitions transitions;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int archive(Unit unit, long runId, LocalDate today) {
        return entityManagers.runAs(unit, () -> {
            int archived = 0;
            for (RetentionCandidate candidate : candidates.on(today, "vi")) {
                transitions.expire(candidate.itemId(), "retention=" + candidate.retention() + "; removable-from="
                        + candidate.removableFrom() + (candidate.expiredOn() == null ? "" : "; expired=" + candidate.expiredOn()));
                entityManagers.forCurrentTenant().persist(new RetentionAction(runId, candidate, clock.instant()));
                archived++;
            }
            return archived;
        });
    }
}
