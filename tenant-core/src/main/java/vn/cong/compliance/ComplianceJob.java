package vn.cong.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cong.platform.PeriodicJobs;
import vn.cong.platform.JobClaims;
import vn.cong.platform.SchemaReady;
import vn.cong.tenancy.Unit;
import vn.cong.identity.Account;
import vn.cong.identity.Authority;
import vn.cong.platform.DomainException;
import vn.cong.tenancy.UnitRepository;
import vn.cong.tenancy.UnitState;

/**
 * Evaluates every active unit's obligations every {@code cong.compliance.interval-seconds} (default 300; first run
 * shortly after start): periods of the periodic rules, statuses, alerts ({@link UnitEvaluation}). Jakarta
 * Concurrency's managed scheduler ({@link PeriodicJobs}) on every instance, once per cluster through
 * {@link JobClaims} — the reasons are the scheduled publisher's (editorial README). A failing unit is logged and the
 * others go on.
 */
@ApplicationScoped
public class ComplianceJob {

    public static final String JOB = "compliance";

    private static final Logger LOG = Logger.getLogger(ComplianceJob.class.getName());

    @Inject
    PeriodicJobs jobs;

    @Inject
    JobClaims claims;

    @Inject
    UnitRepository units;

    @Inject
    UnitEvaluation evaluation;

    @Inject
    Authority authority;

    @Inject
    ComplianceSettings settings;

    @Inject
    RequestContextController requestContext;

    @Inject
    @ConfigProperty(name = "cong.compliance.interval-seconds", defaultValue = "300")
    long intervalSeconds;

    void start(@Observes SchemaReady ready) {
        jobs.every("compliance evaluation", Math.min(5, intervalSeconds), intervalSeconds, this::runClaimed);
    }

    /** One scheduled run, if this instance claims it (once per cluster and interval). */
    private void runClaimed() {
        boolean activated = requestContext.activate();
        try {
            if (claims.claim(JOB, settings.clock().instant(), Duration.ofSeconds(Math.max(1, intervalSeconds - 1)))) {
                UnitEvaluation.Outcome outcome = runAll();
                claims.record(JOB, outcome.toString());
            }
        } finally {
            if (activated) {
                requestContext.deactivate();
            }
        }
    }

    /** The operator's "evaluate now": 403 for anyone else ({@link CompliancePolicy#mayEvaluateEverywhere}). */
    public UnitEvaluation.Outcome evaluateNow(Account caller) {
        if (caller == null || !CompliancePolicy.mayEvaluateEverywhere(authority.isOperator(caller))) {
            throw new DomainException(403, "auth.forbidden");
        }
        return runAll();
    }

    /** Evaluates every active unit now: the job's body, and the demo's first evaluation. */
    public UnitEvaluation.Outcome runAll() {
        boolean activated = requestContext.activate();
        try {
            UnitEvaluation.Outcome total = new UnitEvaluation.Outcome(0, 0, 0);
            for (Unit unit : activeUnits()) {
                try {
                    total = total.plus(evaluation.evaluate(unit));
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, "CONG: compliance evaluation of unit " + unit.getId() + " failed", e);
                }
            }
            return total;
        } finally {
            if (activated) {
                requestContext.deactivate();
            }
        }
    }

    private java.util.List<Unit> activeUnits() {
        return units.all().stream().filter(u -> u.getState() == UnitState.ACTIVE).toList();
    }
}
