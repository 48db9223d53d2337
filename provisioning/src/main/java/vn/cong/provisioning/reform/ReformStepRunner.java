package vn.cong.provisioning.reform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.cong.audit.AuditEvent;
import vn.cong.audit.AuditLog;
import vn.cong.identity.Account;
import vn.cong.identity.AccountRepository;
import vn.cong.platform.DomainException;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.provisioning.control.ProvisioningService;
import vn.cong.provisioning.control.UnitRequest;
import vn.cong.provisioning.register.OfficialRegisters;
import vn.cong.provisioning.register.ReformMapping.NewProvince;
import vn.cong.provisioning.reform.ReformPlanner.CommunePlan;
import vn.cong.provisioning.reform.ReformPlanner.Present;
import vn.cong.provisioning.reform.ReformPlanner.ProvincePlan;
import vn.cong.provisioning.reform.ReformPlanner.SharedPlan;
import vn.cong.provisioning.reorganising.ContentMover;
import vn.cong.provisioning.reorganising.UnitRetirements;
import vn.cong.tenancy.HostnamePolicy;
import vn.cong.tenancy.InvalidUnitNameException;
import vn.cong.tenancy.ReformRun;
import vn.cong.tenancy.ReformStep;
import vn.cong.tenancy.Reorganisation;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitLevel;
import vn.cong.tenancy.UnitRepository;
import vn.cong.tenancy.UnitState;
import vn.cong.tenancy.UnitSuccession;
import vn.cong.tenancy.UnitsChanged;

/**
 * Applies one new province of a reform in one transaction — all of it or nothing ({@link ReformPlanner} says
 * what; this does it in an order where every name and code is free when it is taken): codes given up by the units
 * shared out; the province opened or renamed; districts and the other old provinces merged into it (their hostnames
 * now free for the communes named like them); new communes opened; the communes that carry on moved under the
 * province and renamed; the others merged into them; those shared out merged into one successor and listing all;
 * other units left under a retired one (a department of a merged province) moved under the province; an audit line
 * in every unit involved.
 */
@ApplicationScoped
public class ReformStepRunner {

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    UnitRepository units;

    @Inject
    ProvisioningService provisioning;

    @Inject
    UnitRetirements retirements;

    @Inject
    ContentMover mover;

    @Inject
    OfficialRegisters registers;

    @Inject
    Reforms reforms;

    @Inject
    AccountRepository accounts;

    @Inject
    AuditLog audit;

    @Inject
    Event<UnitsChanged> unitsChanged;

    @Inject
    Clock clock;

    private EntityManager em() {
        return entityManagers.platform();
    }

    /** One pending step, in its own transaction; a refusal rolls it back and is recorded by {@link #refuse}. */
    @Transactional(TxType.REQUIRES_NEW)
    public void apply(long stepId) {
        ReformStep step = em().find(ReformStep.class, stepId, LockModeType.PESSIMISTIC_WRITE);
        if (step == null || step.getOutcome() != ReformStep.Outcome.PENDING) {
            return;
        }
        ReformRun run = em().find(ReformRun.class, step.getRunId());
        NewProvince province = reforms.mapping(run.getMapping()).province(step.getProvinceCode())
                .orElseThrow(() -> new DomainException(422, "reform.province.unknown", step.getProvinceCode()));
        ProvincePlan plan = reforms.planOf(province);
        if (plan.isEmpty()) {
            step.skip("reform.step.nothing", province.name());
        } else {
            Account caller = accounts.find(run.getStartedBy()).orElse(null);
            Applied applied = new Applied(run, plan, caller, clock.instant());
            long provinceId = applied.apply();
            ReformStep done = em().find(ReformStep.class, stepId, LockModeType.PESSIMISTIC_WRITE);
            done.done(provinceId);
            unitsChanged.fire(new UnitsChanged(Set.copyOf(applied.touched)));
        }
        ReformStep settled = em().find(ReformStep.class, stepId);
        em().find(ReformRun.class, settled.getRunId(), LockModeType.PESSIMISTIC_WRITE).count(settled.getOutcome());
    }

    /** The oldest running reform's pending steps, in order, up to {@code max}. */
    @Transactional(TxType.REQUIRES_NEW)
    public List<Long> pendingSteps(int max) {
        List<Long> running = em().createQuery("select r.id from ReformRun r where r.state = :s order by r.id",
                Long.class).setParameter("s", ReformRun.State.RUNNING).setMaxResults(1).getResultList();
        if (running.isEmpty()) {
            return List.of();
        }
        return em().createQuery("select s.id from ReformStep s where s.runId = :r and s.outcome = :o order by s.stepNo",
                        Long.class).setParameter("r", running.get(0)).setParameter("o", ReformStep.Outcome.PENDING)
                .setMaxResults(Math.max(1, max)).getResultList();
    }

    /** Ends the running reforms with no step pending. */
    @Transactional(TxType.REQUIRES_NEW)
    public void finishRunning() {
        for (ReformRun run : em().createQuery("select r from ReformRun r where r.state = :s", ReformRun.class)
                .setParameter("s", ReformRun.State.RUNNING).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()) {
            if (run.getFinishedSteps() >= run.getTotalSteps()) {
                run.finish(clock.instant());
            }
        }
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void refuse(long stepId, String key, Object... arguments) {
        ReformStep step = em().find(ReformStep.class, stepId, LockModeType.PESSIMISTIC_WRITE);
        if (step == null || step.getOutcome() != ReformStep.Outcome.PENDING) {
            return;
        }
        step.refuse(key, arguments);
        em().find(ReformRun.class, step.getRunId(), LockModeType.PESSIMISTIC_WRITE).count(step.getOutcome());
    }

    /** The work of one step; entities are read again by id after each portal opened (that clears the context). */
    private final class Applied {

        private final ReformRun run;
        private final ProvincePlan plan;
        private final Account caller;
        private final Instant now;
        private final String actorName;
        private final Set<Long> touched = new HashSet<>();
        private final Map<Long, String> auditLines = new LinkedHashMap<>();
        private final Set<Long> retired = new HashSet<>();
        private Long reorganisationId;

        Applied(ReformRun run, ProvincePlan plan, Account caller, Instant now) {
            this.run = run;
            this.plan = plan;
            this.caller = caller;
            this.now = now;
            this.actorName = run.getStartedByName();
        }

        long apply() {
            NewProvince province = plan.province();
            for (String code : plan.codesToRelease()) {
                units.byOfficialCode(code).ifPresent(Unit::giveUpCode);
            }
            em().flush();
            long provinceId = plan.holder() != null ? plan.holder().id()
                    : open(null, UnitLevel.PROVINCE, province.name(), province.code(), null);
            Reorganisation reorganisation = new Reorganisation(Reorganisation.Kind.REFORM, run.getDecisionNo(),
                    run.getDecisionDate(), run.getEffectiveOn(), Reorganisation.Content.MOVE,
                    Reorganisation.Accounts.CARRY, run.getStartedBy(), actorName, now);
            reorganisation.summarise(province.name() + ": " + plan.unitsBefore() + " → " + plan.unitsAfter()
                    + " đơn vị (" + run.getDecisionNo() + ")");
            em().persist(reorganisation);
            em().flush();
            reorganisationId = reorganisation.getId();
            touched.add(provinceId);
            for (Present district : plan.districts()) {
                retire(district.id(), provinceId, UnitSuccession.Share.FULL);
            }
            for (Present other : plan.otherProvinces()) {
                retire(other.id(), provinceId, UnitSuccession.Share.FULL);
            }
            if (plan.renamesProvince()) {
                // the new name may be a province merged just now: code 15 was Yên Bái, and is now Lào Cai's
                Unit top = unit(provinceId);
                String formerHost = host(top);
                String label = label(top, null, province.name());
                takeHostname(top, label);
                units.rehost(top, null, province.name(), label);
                line(top, "→ " + province.name() + " (" + formerHost + " → " + label + ")");
            }
            Map<String, Long> successors = new HashMap<>();
            Map<Long, String> namedLater = new HashMap<>();
            for (CommunePlan commune : plan.communes()) {
                if (commune.opened()) {
                    String code = commune.commune().code();
                    String name = commune.commune().name();
                    String label = officialLabel(code, province.code(), name);
                    String hostname = HostnamePolicy.canonicalHostname(label, host(unit(provinceId)));
                    boolean heldByActive = units.host(hostname).map(h -> unit(h.getUnitId()).isActive()).orElse(false);
                    // an island district holds the name of the special zone it becomes until it is merged into it
                    Optional<Long> former = heldByActive ? Optional.empty() : units.freeRetiredHost(hostname);
                    long opened = open(provinceId, UnitLevel.COMMUNE, name, code, heldByActive ? label + "-" + code
                            : null);
                    former.ifPresent(from -> {
                        mover.copyMovedPaths(from, opened);
                        touched.add(from);
                    });
                    if (heldByActive) {
                        namedLater.put(opened, label);
                    }
                    successors.put(code, opened);
                    line(unit(opened), "← " + name + " (" + run.getDecisionNo() + ")");
                }
            }
            Unit parent = unit(provinceId);
            String parentHost = host(parent);
            for (CommunePlan commune : plan.communes()) {
                if (!commune.opened()) {
                    Unit carried = unit(commune.holder().id());
                    String name = commune.commune().name();
                    String label = officialLabel(commune.commune().code(), province.code(), name);
                    String formerHost = host(carried);
                    takeHostname(carried, HostnamePolicy.canonicalHostname(label, parentHost));
                    units.rehost(carried, parent, name, label);
                    touched.add(carried.getId());
                    successors.put(commune.commune().code(), carried.getId());
                    line(carried, formerHost + " → " + HostnamePolicy.canonicalHostname(label, parentHost));
                }
            }
            for (CommunePlan commune : plan.communes()) {
                long successor = successors.get(commune.commune().code());
                for (Present absorbed : commune.absorbed()) {
                    retire(absorbed.id(), successor, UnitSuccession.Share.FULL);
                }
            }
            for (Map.Entry<Long, String> later : namedLater.entrySet()) {
                Unit opened = unit(later.getKey());
                takeHostname(opened, HostnamePolicy.canonicalHostname(later.getValue(), parentHost));
                units.rehost(opened, parent, opened.getOfficialName(), later.getValue());
            }
            for (SharedPlan shared : plan.shared()) {
                List<String> codes = shared.successorCodes();
                retire(shared.old().id(), successors.get(codes.get(0)), UnitSuccession.Share.PARTIAL);
                Reorganisation reorg = em().find(Reorganisation.class, reorganisationId);
                for (String code : codes.subList(1, codes.size())) {
                    retirements.sharedWith(reorg, unit(shared.old().id()), unit(successors.get(code)));
                }
            }
            rehome(parent);
            writeAudit();
            return provinceId;
        }

        /** The units still active under one this step retired (a department of a merged province) move under it. */
        private void rehome(Unit province) {
            List<Unit> left = new ArrayList<>();
            for (long id : retired) {
                for (Unit child : units.children(id)) {
                    if (child.isActive()) {
                        left.add(child);
                    }
                }
            }
            String parentHost = host(province);
            for (Unit child : left) {
                if (units.children(child.getId()).stream().anyMatch(Unit::isActive)) {
                    throw new DomainException(422, "reform.step.subtree", child.getOfficialName());
                }
                String label = child.getHostLabel();
                String hostname = HostnamePolicy.canonicalHostname(label, parentHost);
                Optional<vn.cong.tenancy.UnitHost> held = units.host(hostname);
                if (held.isPresent() && !held.get().getUnitId().equals(child.getId())
                        && unit(held.get().getUnitId()).isActive()) {
                    Unit formerParent = unit(child.getParentId());
                    label = HostnamePolicy.requireValidLabel(label + "-" + formerParent.getHostLabel());
                    hostname = HostnamePolicy.canonicalHostname(label, parentHost);
                }
                String formerHost = host(child);
                takeHostname(child, hostname);
                units.rehost(child, province, child.getOfficialName(), label);
                touched.add(child.getId());
                line(child, formerHost + " → " + hostname);
            }
        }

        /** A hostname a retired unit answered on is given to this one, with the retired unit's moved addresses. */
        private void takeHostname(Unit taker, String hostname) {
            Optional<vn.cong.tenancy.UnitHost> held = units.host(hostname);
            if (held.isEmpty() || held.get().getUnitId().equals(taker.getId())) {
                return;
            }
            Optional<Long> former = units.freeRetiredHost(hostname);
            if (former.isEmpty()) {
                throw new DomainException(409, "unit.host.taken", hostname);
            }
            mover.copyMovedPaths(former.get(), taker.getId());
            touched.add(former.get());
        }

        private void retire(long predecessorId, long successorId, UnitSuccession.Share share) {
            Unit predecessor = unit(predecessorId);
            Unit successor = unit(successorId);
            Reorganisation reorganisation = em().find(Reorganisation.class, reorganisationId);
            UnitRetirements.Retired result = retirements.into(reorganisation, predecessor, successor, share, caller,
                    now);
            retired.add(predecessorId);
            touched.add(predecessorId);
            touched.add(successorId);
            line(predecessor, "→ " + successor.getOfficialName() + " (" + result.items() + " tin bài)");
        }

        private long open(Long parentId, UnitLevel level, String name, String code, String hostLabel) {
            long id = provisioning.provisionForImport(new UnitRequest(parentId, level.name(), name, null, null,
                    hostLabel, null, null, null, code), "reform #" + run.getId()).id();
            touched.add(id);
            return id;
        }

        private void line(Unit unit, String what) {
            auditLines.merge(unit.getId(), unit.getOfficialName() + " " + what, (a, b) -> a + "; " + b);
        }

        private void writeAudit() {
            for (Map.Entry<Long, String> line : auditLines.entrySet()) {
                Unit unit = unit(line.getKey());
                String summary = line.getValue().length() > 1900 ? line.getValue().substring(0, 1900)
                        : line.getValue();
                entityManagers.runAs(unit, () -> {
                    audit.record(new AuditEvent(run.getStartedBy(), actorName, null, "REORGANISE", "UNIT",
                            unit.getId(), null, unit.isActive() ? Reorganisation.Kind.REFORM.name()
                            : UnitState.MERGED.name(), summary));
                    return null;
                });
            }
        }

        private String officialLabel(String code, String parentCode, String name) {
            try {
                return registers.label(code, parentCode, UnitLevel.COMMUNE, name, null)
                        .orElseGet(() -> HostnamePolicy.labelFor(UnitLevel.COMMUNE, name, null));
            } catch (InvalidUnitNameException e) {
                throw new DomainException(422, "unit.name.invalid", name);
            }
        }

        private String label(Unit unit, String parentCode, String name) {
            try {
                return registers.label(unit.getOfficialCode(), parentCode, unit.getLevel(), name, unit.getAbbreviation())
                        .orElseGet(() -> HostnamePolicy.labelFor(unit.getLevel(), name, unit.getAbbreviation()));
            } catch (InvalidUnitNameException e) {
                throw new DomainException(422, "unit.name.invalid", name);
            }
        }
    }

    private Unit unit(long id) {
        return units.find(id).orElseThrow(() -> new DomainException(404, "unit.not-found", id));
    }

    private String host(Unit unit) {
        return units.canonicalHostname(unit.getId()).orElse(unit.getHostLabel());
    }
}
