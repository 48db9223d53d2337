package vn.cong.retention;

import vn.cong.platform.Vietnam;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.cong.identity.Account;
import vn.cong.identity.Authority;
import vn.cong.platform.DomainException;
import vn.cong.platform.TenantBoundEntityManager;
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

    @Inject
    Authority authority;

    public LocalDate today() {
        return clock.instant().atZone(Vietnam.ZONE).toLocalDate();
    }

    /** What the next run will archive in {@code unit}; 403 unless {@link RetentionPolicy#maySeeUnit}. */
    @Transactional
    public List<RetentionCandidate> preview(Account caller, Unit unit, String language) {
        requireUnit(caller, unit);
        return entityManagers.runAs(unit, () -> candidates.on(today(), language));
    }

    /** The back office's page in one read: the unit's preview and past archivals, and the runs for the operator. */
    public record Overview(List<RetentionCandidate> preview, List<RetentionAction> actions, List<RetentionRun> runs) {
    }

    /** 403 unless {@link RetentionPolicy#maySeeUnit}; the platform's runs only for the operator. */
    @Transactional
    public Overview overview(Account caller, Unit unit, String language) {
        List<RetentionCandidate> preview = preview(caller, unit, language);
        List<RetentionAction> archived = actions(caller, unit, 100);
        List<RetentionRun> log = RetentionPolicy.mayRunAndSeeRuns(authority.isOperator(caller))
                ? lastRuns(caller, 20) : List.of();
        return new Overview(preview, archived, log);
    }

    /** A person starts a run now (the operator); the scheduled job calls {@link #run(String)} itself. */
    public RetentionRun runNow(Account caller) {
        requireOperator(caller);
        return run(caller.getUsername());
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

    /** The platform's log of runs, newest first; 403 for anyone but the operator. */
    @Transactional
    public List<RetentionRun> lastRuns(Account caller, int max) {
        requireOperator(caller);
        return entityManagers.platform().createQuery("select r from RetentionRun r order by r.startedAt desc, r.id desc",
                RetentionRun.class).setMaxResults(max).getResultList();
    }

    /** What runs archived in a unit, newest first; 403 unless {@link RetentionPolicy#maySeeUnit}. */
    @Transactional
    public List<RetentionAction> actions(Account caller, Unit unit, int max) {
        requireUnit(caller, unit);
        return entityManagers.runAs(unit, () -> entityManagers.forCurrentTenant().createQuery(
                "select a from RetentionAction a order by a.actedAt desc, a.id desc", RetentionAction.class)
                .setMaxResults(max).getResultList());
    }

    private void requireUnit(Account caller, Unit unit) {
        if (caller == null || !RetentionPolicy.maySeeUnit(authority.actorIn(caller, unit))) {
            throw new DomainException(403, "auth.forbidden");
        }
    }

    private void requireOperator(Account caller) {
        if (caller == null || !RetentionPolicy.mayRunAndSeeRuns(authority.isOperator(caller))) {
            throw new DomainException(403, "auth.forbidden");
        }
    }
}
