package vn.cong.provisioning.reform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.cong.identity.Account;
import vn.cong.identity.Authority;
import vn.cong.platform.DomainException;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.provisioning.control.ProvisioningPolicy;
import vn.cong.provisioning.register.ReformMapping;
import vn.cong.provisioning.register.ReformMapping.NewProvince;
import vn.cong.provisioning.reform.ReformPlanner.Present;
import vn.cong.provisioning.reform.ReformPlanner.ProvincePlan;
import vn.cong.tenancy.ReformRun;
import vn.cong.tenancy.ReformStep;
import vn.cong.tenancy.UnitLevel;
import vn.cong.tenancy.UnitState;

/**
 * A reform applied from an official mapping as one reorganisation import (issue #11.6 — the 2025 reform from
 * {@code merges.json}): {@link #plan} is the preview, stored with one step per new province and what it will do to
 * the units the platform has; {@link #start} hands it to the background job ({@code ReformJob} →
 * {@link #runPending}), which applies the steps in order, each in one transaction ({@link ReformStepRunner}) —
 * resumable after a restart (the steps still pending are next), and a second run of the same reform finds nothing
 * left to do. Who may: the operator (a reform reaches across provinces).
 */
@ApplicationScoped
@Transactional
public class Reforms {

    private static final Logger LOG = Logger.getLogger(Reforms.class.getName());

    /** Codes per query: an IN list well under every database's limit. */
    private static final int CODES_PER_QUERY = 500;

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    Authority authority;

    @Inject
    ReformStepRunner steps;

    @Inject
    Clock clock;

    private volatile ReformMapping reform2025;

    private EntityManager em() {
        return entityManagers.platform();
    }

    /** What a reform request names: the mapping (the 2025 reform by default), the decision, optionally some provinces. */
    public record ReformRequest(String mapping, String decisionNo, LocalDate decisionDate, LocalDate effectiveOn,
                                List<String> provinces) {
    }

    public ReformMapping mapping(String name) {
        if (name != null && !name.isBlank() && !ReformMapping.REFORM_2025.equals(name.strip())) {
            throw new DomainException(422, "reform.mapping.unknown", name);
        }
        ReformMapping loaded = reform2025;
        if (loaded == null) {
            loaded = ReformMapping.reform2025();
            reform2025 = loaded;
        }
        return loaded;
    }

    /** The preview: every new province's step with what it will do; 422 for a bad request, 403 not the operator. */
    public ReformRun plan(Account caller, ReformRequest request) {
        requireOperator(caller);
        if (request == null || request.decisionNo() == null || request.decisionNo().isBlank()
                || request.decisionNo().length() > 128 || request.decisionDate() == null
                || request.effectiveOn() == null) {
            throw new DomainException(422, "reorg.decision.required");
        }
        ReformMapping mapping = mapping(request.mapping());
        Set<String> wanted = request.provinces() == null ? Set.of() : new LinkedHashSet<>(request.provinces());
        for (String code : wanted) {
            if (mapping.province(code).isEmpty()) {
                throw new DomainException(422, "reform.province.unknown", code);
            }
        }
        ReformRun run = new ReformRun(mapping.name(), request.decisionNo().strip(), request.decisionDate(),
                request.effectiveOn(), caller.getId(), caller.getUsername(), clock.instant());
        em().persist(run);
        em().flush();
        int stepNo = 0;
        int skipped = 0;
        for (NewProvince province : mapping.provinces()) {
            if (!wanted.isEmpty() && !wanted.contains(province.code())) {
                continue;
            }
            ReformStep step = new ReformStep(run.getId(), ++stepNo, province.code(), province.name());
            ProvincePlan plan = planOf(province);
            step.planned(plan.unitsBefore(), plan.isEmpty() ? 0 : plan.unitsAfter(), plan.relocated(), plan.merged(),
                    plan.shared().size(), plan.isEmpty() ? 0 : plan.opened(), plan.districts().size());
            if (plan.isEmpty()) {
                step.skip("reform.step.nothing", province.name());
                skipped++;
            }
            em().persist(step);
        }
        run.planned(stepNo, skipped);
        return run;
    }

    /** Confirms a planned reform: the job applies it from now on (409 when it is not planned any more). */
    public ReformRun start(Account caller, long runId) {
        ReformRun run = view(caller, runId);
        if (run.getState() != ReformRun.State.PLANNED) {
            throw new DomainException(409, "reform.not-planned", runId, run.getState().name());
        }
        run.start(clock.instant());
        return run;
    }

    public ReformRun view(Account caller, long runId) {
        requireOperator(caller);
        return Optional.ofNullable(em().find(ReformRun.class, runId))
                .orElseThrow(() -> new DomainException(404, "reform.not-found", runId));
    }

    /** The latest reforms, newest first. */
    public List<ReformRun> recent(Account caller, int max) {
        requireOperator(caller);
        return em().createQuery("select r from ReformRun r order by r.plannedAt desc, r.id desc", ReformRun.class)
                .setMaxResults(Math.max(1, Math.min(max, 100))).getResultList();
    }

    /** Whether this person may plan and run reforms (the back office shows its page to them only). */
    public boolean mayReform(Account caller) {
        return caller != null && ProvisioningPolicy.mayOpenTopLevel(authority.isOperator(caller));
    }

    /** A page of a reform's steps in order, of one outcome or all. */
    public List<ReformStep> steps(Account caller, long runId, ReformStep.Outcome outcome, int first, int max) {
        view(caller, runId);
        TypedQuery<ReformStep> query = em().createQuery("select s from ReformStep s where s.runId = :r"
                + (outcome == null ? "" : " and s.outcome = :o") + " order by s.stepNo", ReformStep.class)
                .setParameter("r", runId);
        if (outcome != null) {
            query.setParameter("o", outcome);
        }
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 100)))
                .getResultList();
    }

    /** What the reform does to one new province, given the units the platform has now. */
    @Transactional(TxType.MANDATORY)
    public ProvincePlan planOf(NewProvince province) {
        Set<String> codes = new LinkedHashSet<>();
        codes.add(province.code());
        codes.addAll(province.oldProvinceCodes());
        province.communes().forEach(c -> {
            codes.add(c.code());
            c.absorbed().forEach(a -> codes.add(a.oldCode()));
        });
        Map<String, Present> present = new HashMap<>();
        List<String> all = new ArrayList<>(codes);
        for (int from = 0; from < all.size(); from += CODES_PER_QUERY) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CODES_PER_QUERY));
            for (Present unit : presentUnits("u.officialCode in :codes", "codes", chunk)) {
                present.put(unit.code(), unit);
            }
        }
        return ReformPlanner.plan(province, present, parentId -> presentUnits(
                "u.parentId = :parent and u.level = vn.cong.tenancy.UnitLevel.DISTRICT", "parent", parentId));
    }

    private List<Present> presentUnits(String where, String name, Object value) {
        List<Present> found = new ArrayList<>();
        for (Object[] row : em().createQuery("select u.id, u.officialCode, u.level, u.officialName, p.level from Unit u"
                        + " left join Unit p on p.id = u.parentId where u.state = :active and " + where, Object[].class)
                .setParameter("active", UnitState.ACTIVE).setParameter(name, value).getResultList()) {
            found.add(new Present((Long) row[0], (String) row[1], (UnitLevel) row[2], (String) row[3],
                    (UnitLevel) row[4]));
        }
        return found;
    }

    /**
     * The job's body: the pending steps of the oldest running reform, each in its own transaction, up to {@code max}.
     * A step refused (a hostname held by an active unit, a unit with units under it left behind) is recorded on its
     * step and the next goes on.
     */
    @Transactional(TxType.NOT_SUPPORTED)
    public int runPending(int max) {
        List<Long> pending = pendingSteps(max);
        for (long stepId : pending) {
            try {
                steps.apply(stepId);
            } catch (RuntimeException e) {
                Optional<DomainException> refusal = DomainException.foundIn(e);
                if (refusal.isEmpty()) {
                    LOG.log(Level.WARNING, "CONG: reform step " + stepId + " failed", e);
                    steps.refuse(stepId, "reform.step.failed", stepId);
                } else {
                    steps.refuse(stepId, refusal.get().messageKey(), refusal.get().arguments());
                }
            }
        }
        steps.finishRunning();
        return pending.size();
    }

    private List<Long> pendingSteps(int max) {
        return steps.pendingSteps(max);
    }

    private void requireOperator(Account caller) {
        if (!ProvisioningPolicy.mayOpenTopLevel(authority.isOperator(caller))) {
            throw new DomainException(403, "auth.forbidden");
        }
    }
}
