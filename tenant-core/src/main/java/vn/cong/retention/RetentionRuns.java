package vn.cong.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.reporting.PublicationReports;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitRepository;

/**
 * Retention runs (REQUIREMENTS §4, MIC Art. 15.2): {@link #run} archives, unit by unit, every published item whose
 * period is over; {@link #preview} shows a unit what the next run will archive; the log lists past runs and what
 * each archived. A unit that fails is logged and counted; the others go on.
 */
@ApplicationScoped
public class RetentionRuns {

    private static final Logger LOG = Logger.getLogger(RetentionRuns.class.getName());

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    UnitRepository units;

    @Inject
    RetentionCandidates candidates;

    @Inject
    UnitRetention unitRetention;

    @Inject
    RetentionLog log;

    @Inject
    Clock clock;

    public LocalDate today() {
        return clock.instant().atZone(PublicationReports.VIETNAM).toLocalDate();
    }

    @Transactional
    public List<RetentionCandidate> preview(Unit unit, String language) {
        return entityManagers.runAs(unit, () -> candidates.on(today(), language));
    }

    /** Runs now over every active unit; returns the run as logged. */
    public RetentionRun run(String startedBy) {
        LocalDate today = today();
        long runId = log.start(clock.instant(), startedBy);
        int checked = 0;
        int archived = 0;
        int failed = 0;
        for (Unit unit : log.activeUnits()) {
            checked++;
            try {
                archived += unitRetention.archive(unit, runId, today);
            } catch (RuntimeException e) {
                failed++;
                LOG.log(Level.SEVERE, "CONG: retention run in unit " + unit.getId() + " failed", e);
            }
        }
        return log.finish(runId, clock.instant(), checked, archived, failed);
    }

    /** The platform's log of runs, newest first. */
    @Transactional
    public List<RetentionRun> lastRuns(int max) {
        return entityManagers.platform().createQuery("select r from RetentionRun r order by r.startedAt desc, r.id desc",
                RetentionRun.class).setMaxResults(max).getResultList();
    }

    /** What runs archived in a unit, newest first. */
    @Transactional
    public List<RetentionAction> actions(Unit unit, int max) {
        return entityManagers.runAs(unit, () -> entityManagers.forCurrentTenant().createQuery(
                "select a from RetentionAction a order by a.actedAt desc, a.id desc", RetentionAction.class)
                .setMaxResults(max).getResultList());
    }
}
