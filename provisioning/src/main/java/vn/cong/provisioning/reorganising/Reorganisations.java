package vn.cong.provisioning.reorganising;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.cong.audit.AuditEvent;
import vn.cong.audit.AuditLog;
import vn.cong.identity.Account;
import vn.cong.identity.AccountAdministration;
import vn.cong.identity.AccountRepository;
import vn.cong.platform.ContentChanged;
import vn.cong.platform.DomainException;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.provisioning.control.ProvisioningPolicy;
import vn.cong.provisioning.control.ProvisioningService;
import vn.cong.tenancy.Reorganisation;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitRepository;
import vn.cong.tenancy.UnitState;
import vn.cong.tenancy.UnitSuccession;
import vn.cong.tenancy.UnitsChanged;

/**
 * Reorganisations of the unit tree by decision (issue #11.5): {@link #preview} says what a merge will do; {@link
 * #merge} does it in one transaction — or nothing: the successor (opened now if it is new), every old unit's items
 * and categories moved into it ({@link ContentMover}), their accounts and board seats carried over or deactivated,
 * each old unit marked merged (its code given up, its hostnames leading to the successor), the succession
 * recorded (the successor's history, the old addresses' 301), audit lines in every unit. A retirement into the
 * parent is the merge of one unit into its parent; {@link #split} shares one unit's area out among several.
 * Relocations and stops are {@link Relocations}' and {@link PortalStops}'; the checks all share are
 * {@link ReorganisationRules}'. Who may: {@link ProvisioningPolicy#mayReorganise} in every unit taken part.
 */
@ApplicationScoped
@Transactional
public class Reorganisations {

    private static final int MAX_UNITS = 200;

    @Inject
    UnitRepository units;

    @Inject
    ProvisioningService provisioning;

    @Inject
    UnitRetirements retirements;

    @Inject
    ReorganisationRules rules;

    @Inject
    AccountRepository accounts;

    @Inject
    AccountAdministration administration;

    @Inject
    AuditLog audit;

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    Event<UnitsChanged> unitsChanged;

    @Inject
    Event<ContentChanged> contentChanged;

    @Inject
    Clock clock;

    private EntityManager em() {
        return entityManagers.platform();
    }

    /** What the merge would do; checks as {@link #merge} does, writes nothing. */
    public MergePlan preview(Account caller, MergeRequest request) {
        Checked checked = check(caller, request);
        List<MergePlan.Part> parts = new ArrayList<>();
        for (Unit unit : checked.predecessors()) {
            parts.add(new MergePlan.Part(unit.getId(), unit.getOfficialName(), rules.host(unit),
                    rules.count("select count(*) from item where tenant_id = ?1", unit.getId()),
                    rules.count("select count(*) from item where tenant_id = ?1 and state = 'PUBLISHED'", unit.getId()),
                    rules.count("select count(*) from category where tenant_id = ?1", unit.getId()),
                    accounts.ofHomeUnit(unit.getId()).size()));
        }
        Unit successor = checked.successor();
        return new MergePlan(successor == null ? null : successor.getId(),
                successor == null ? request.newSuccessor().officialName() : successor.getOfficialName(),
                successor == null ? null : rules.host(successor), parts, checked.content().name(),
                checked.accounts().name());
    }

    public MergeResult merge(Account caller, MergeRequest request, String address) {
        Checked checked = check(caller, request);
        if (checked.successor() == null) {
            // opening a portal ends with work in its tenant, which clears the persistence context: read all again
            long opened = provisioning.provision(caller, request.newSuccessor()).id();
            checked = check(caller, new MergeRequest(request.predecessorIds(), opened, null, request.decisionNo(),
                    request.decisionDate(), request.effectiveOn(), request.content(), request.accounts()));
        }
        Instant now = clock.instant();
        Unit successor = checked.successor();
        Reorganisation reorganisation = new Reorganisation(Reorganisation.Kind.MERGE, request.decisionNo().strip(),
                request.decisionDate(), request.effectiveOn(), checked.content(), checked.accounts(), caller.getId(),
                caller.getUsername(), now);
        em().persist(reorganisation);
        em().flush();
        int items = 0;
        int categories = 0;
        List<Account> carried = new ArrayList<>();
        List<Account> leaving = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Unit predecessor : checked.predecessors()) {
            UnitRetirements.Retired retired = retirements.into(reorganisation, predecessor, successor,
                    UnitSuccession.Share.FULL, caller, now);
            items += retired.items();
            categories += retired.categoriesMoved();
            carried.addAll(retired.carried());
            leaving.addAll(retired.leaving());
            names.add(predecessor.getOfficialName());
        }
        String summary = String.join(", ", names) + " → " + successor.getOfficialName() + " (" + reorganisation
                .getDecisionNo() + "; " + items + " tin bài, " + categories + " chuyên mục chuyển sang)";
        reorganisation.summarise(summary);
        em().flush();
        long successorId = successor.getId();
        String successorHost = rules.host(successor);
        List<Unit> taken = checked.predecessors();
        for (Account account : leaving) {
            administration.deactivate(caller, account.getUsername(), address);
        }
        for (Unit unit : taken) {
            entityManagers.runAs(unit, () -> {
                audit.record(new AuditEvent(caller.getId(), caller.getUsername(), address, "REORGANISE", "UNIT",
                        unit.getId(), UnitState.ACTIVE.name(), unit.getState().name(), summary));
                return null;
            });
        }
        Unit after = units.find(successorId).orElseThrow();
        entityManagers.runAs(after, () -> {
            audit.record(new AuditEvent(caller.getId(), caller.getUsername(), address, "REORGANISE", "UNIT",
                    successorId, null, UnitState.ACTIVE.name(), summary));
            return null;
        });
        unitsChanged.fire(new UnitsChanged());
        contentChanged.fire(new ContentChanged(successorId));
        return new MergeResult(reorganisation.getId(), successorId, successorHost, taken.size(), items, categories,
                carried.size(), leaving.size());
    }

    /**
     * Shares one unit's area out among several units by a decision, in one transaction: a {@code PARTIAL} succession to
     * each (its hostnames answer the list of them, its moved articles 301 to their new addresses), its content and
     * people to the first (or its content kept in place as an archive), the unit marked merged. Each successor is an
     * active unit of the same level, or the unit's parent; the unit has no active units under it.
     */
    /** What a split would do; checks as {@link #split} does, writes nothing. */
    public SplitPlan previewSplit(Account caller, SplitRequest request) {
        SplitCheck checked = checkSplit(caller, request);
        Unit old = checked.old();
        List<SplitPlan.Successor> successors = checked.successors().stream()
                .map(u -> new SplitPlan.Successor(u.getId(), u.getOfficialName(), rules.host(u))).toList();
        boolean archive = checked.merge().content() == Reorganisation.Content.ARCHIVE;
        return new SplitPlan(old.getId(), old.getOfficialName(), rules.host(old),
                rules.count("select count(*) from item where tenant_id = ?1", old.getId()),
                rules.count("select count(*) from item where tenant_id = ?1 and state = 'PUBLISHED'", old.getId()),
                accounts.ofHomeUnit(old.getId()).size(), successors, archive ? null : successors.get(0).unitId(),
                checked.merge().content().name(), checked.merge().accounts().name());
    }

    public SplitResult split(Account caller, SplitRequest request, String address) {
        SplitCheck splitCheck = checkSplit(caller, request);
        Checked checked = splitCheck.merge();
        Unit old = splitCheck.old();
        List<Unit> successors = splitCheck.successors();
        Instant now = clock.instant();
        Reorganisation reorganisation = new Reorganisation(Reorganisation.Kind.SPLIT, request.decisionNo().strip(),
                request.decisionDate(), request.effectiveOn(), checked.content(), checked.accounts(), caller.getId(),
                caller.getUsername(), now);
        em().persist(reorganisation);
        em().flush();
        UnitRetirements.Retired retired = retirements.into(reorganisation, old, successors.get(0),
                UnitSuccession.Share.PARTIAL, caller, now);
        for (Unit successor : successors.subList(1, successors.size())) {
            retirements.sharedWith(reorganisation, old, successor);
        }
        String summary = old.getOfficialName() + " → " + String.join(", ", successors.stream()
                .map(Unit::getOfficialName).toList()) + " (" + reorganisation.getDecisionNo() + ")";
        reorganisation.summarise(summary);
        em().flush();
        long oldId = old.getId();
        long reorganisationId = reorganisation.getId();
        List<Long> involved = new ArrayList<>(List.of(oldId));
        successors.forEach(u -> involved.add(u.getId()));
        for (Account account : retired.leaving()) {
            administration.deactivate(caller, account.getUsername(), address);
        }
        for (long id : involved) {
            Unit unit = units.find(id).orElseThrow();
            entityManagers.runAs(unit, () -> {
                audit.record(new AuditEvent(caller.getId(), caller.getUsername(), address, "REORGANISE", "UNIT", id,
                        id == oldId ? UnitState.ACTIVE.name() : null, unit.getState().name(), summary));
                return null;
            });
        }
        unitsChanged.fire(new UnitsChanged());
        involved.forEach(id -> contentChanged.fire(new ContentChanged(id)));
        return new SplitResult(reorganisationId, oldId, successors.size(), retired.items(), retired.carried().size(),
                retired.leaving().size());
    }

    private record SplitCheck(Checked merge, Unit old, List<Unit> successors) {
    }

    private SplitCheck checkSplit(Account caller, SplitRequest request) {
        if (request == null || request.unitId() == null || request.successorIds() == null
                || request.successorIds().size() < 2 || request.successorIds().size() > MAX_UNITS
                || request.successorIds().contains(null)) {
            throw new DomainException(422, "reorg.split.successors");
        }
        List<Long> successorIds = List.copyOf(new LinkedHashSet<>(request.successorIds()));
        MergeRequest asMerge = new MergeRequest(List.of(request.unitId()), successorIds.get(0), null,
                request.decisionNo(), request.decisionDate(), request.effectiveOn(), request.content(),
                request.accounts());
        Checked checked = check(caller, asMerge);
        Unit old = checked.predecessors().get(0);
        List<Unit> successors = new ArrayList<>();
        for (long id : successorIds) {
            Unit successor = rules.active(id);
            rules.requireMay(caller, successor);
            if (successor.getId().equals(old.getId())) {
                throw new DomainException(422, "reorg.successor.among", old.getOfficialName());
            }
            if (successor.getLevel() != old.getLevel() && !successor.getId().equals(old.getParentId())) {
                throw new DomainException(422, "reorg.level.differs", old.getOfficialName(), successor.getOfficialName());
            }
            successors.add(successor);
        }
        return new SplitCheck(checked, old, successors);
    }

    private Checked check(Account caller, MergeRequest request) {
        if (request == null || request.predecessorIds() == null || request.predecessorIds().isEmpty()) {
            throw new DomainException(422, "reorg.units.required");
        }
        Set<Long> ids = new LinkedHashSet<>(request.predecessorIds());
        if (ids.contains(null) || ids.size() > MAX_UNITS) {
            throw new DomainException(422, "reorg.units.required");
        }
        rules.requireDecision(request.decisionNo(), request.decisionDate(), request.effectiveOn());
        Reorganisation.Content content = rules.choice(Reorganisation.Content.class, request.content(),
                Reorganisation.Content.MOVE);
        Reorganisation.Accounts accountsChoice = rules.choice(Reorganisation.Accounts.class, request.accounts(),
                Reorganisation.Accounts.CARRY);
        if ((request.successorId() == null) == (request.newSuccessor() == null)) {
            throw new DomainException(422, "reorg.successor.one");
        }
        Unit successor = request.successorId() == null ? null : rules.active(request.successorId());
        if (successor != null) {
            rules.requireMay(caller, successor);
        }
        List<Unit> predecessors = new ArrayList<>();
        for (long id : ids) {
            Unit unit = rules.active(id);
            rules.requireMay(caller, unit);
            if (successor != null && unit.getId().equals(successor.getId())) {
                throw new DomainException(422, "reorg.successor.among", unit.getOfficialName());
            }
            boolean intoParent = successor != null && successor.getId().equals(unit.getParentId());
            if (successor != null && !intoParent && successor.getLevel() != unit.getLevel()) {
                throw new DomainException(422, "reorg.level.differs", unit.getOfficialName(), successor.getOfficialName());
            }
            if (!units.children(unit.getId()).stream().filter(Unit::isActive).toList().isEmpty()) {
                throw new DomainException(422, "reorg.has-children", unit.getOfficialName());
            }
            predecessors.add(unit);
        }
        return new Checked(predecessors, successor, content, accountsChoice);
    }

    private record Checked(List<Unit> predecessors, Unit successor, Reorganisation.Content content,
                           Reorganisation.Accounts accounts) {
    }

}
