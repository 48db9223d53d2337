package vn.cong.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitRepository;
import vn.cong.tenancy.UnitState;

/** The rows of {@link RetentionRun}, each written in its own transaction (a run spans many). */
@ApplicationScoped
public class RetentionLog {

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    UnitRepository units;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long start(java.time.Instant at, String startedBy) {
        RetentionRun run = new RetentionRun(at, startedBy);
        entityManagers.platform().persist(run);
        entityManagers.platform().flush();
        return run.getId();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public RetentionRun finish(long runId, java.time.Instant at, int checked, int archived, int failed) {
        RetentionRun run = entityManagers.platform().find(RetentionRun.class, runId);
        run.finish(at, checked, archived, failed);
        return run;
    }

    @Transactional
    public List<Unit> activeUnits() {
        return units.all().stream().filter(u -> u.getState() == UnitState.ACTIVE).toList();
    }
}
