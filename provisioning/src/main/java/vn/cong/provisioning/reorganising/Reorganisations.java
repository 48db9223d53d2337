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
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.cong.audit.AuditEvent;
import vn.cong.audit.AuditLog;
import vn.cong.identity.Account;
import vn.cong.identity.AccountAdministration;
import vn.cong.identity.AccountRepository;
import vn.cong.identity.Authority;
import vn.cong.platform.ContentChanged;
import vn.cong.platform.DomainException;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.provisioning.control.ProvisioningPolicy;
import vn.cong.provisioning.control.ProvisioningService;
import vn.cong.provisioning.register.OfficialRegisters;
import vn.cong.tenancy.HostnamePolicy;
import vn.cong.tenancy.InvalidUnitNameException;
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
 * parent is the merge of one unit into its parent; {@link #relocate} moves or renames one unit. Who may: {@link ProvisioningPolicy#mayReorganise} in every unit
 * taken part.
 */
@ApplicationScoped
@Transactional
public class Reorganisations {

    private static final int MAX_UNITS = 200;

    @Inject
    UnitRepository units;

    @Inject
    Authority authority;

    @Inject
    ProvisioningService provisioning;

    @Inject
    UnitRetirements retirements;

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

    @Inject
    OfficialRegisters registers;

    private EntityManager em() {
        return entityManagers.platform();
    }

    /** What the merge would do; checks as {@link #merge} does, writes nothing. */
    public MergePlan preview(Account caller, MergeRequest request) {
        Checked checked = check(caller, request);
        List<MergePlan.Part> parts = new ArrayList<>();
        for (Unit unit : checked.predecessors()) {
            parts.add(new MergePlan.Part(unit.getId(), unit.getOfficialName(), host(unit),
                    count("select count(*) from item where tenant_id = ?1", unit.getId()),
                    count("select count(*) from item where tenant_id = ?1 and state = 'PUBLISHED'", unit.getId()),
                    count("select count(*) from category where tenant_id = ?1", unit.getId()),
                    accounts.ofHomeUnit(unit.getId()).size()));
        }
        Unit successor = checked.successor();
        return new MergePlan(successor == null ? null : successor.getId(),
                successor == null ? request.newSuccessor().officialName() : successor.getOfficialName(),
                successor == null ? null : host(successor), parts, checked.content().name(),
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
        String successorHost = host(successor);
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
                .map(u -> new SplitPlan.Successor(u.getId(), u.getOfficialName(), host(u))).toList();
        boolean archive = checked.merge().content() == Reorganisation.Content.ARCHIVE;
        return new SplitPlan(old.getId(), old.getOfficialName(), host(old),
                count("select count(*) from item where tenant_id = ?1", old.getId()),
                count("select count(*) from item where tenant_id = ?1 and state = 'PUBLISHED'", old.getId()),
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

    /**
     * Moves a unit under another parent and/or renames it, in one transaction: its hostnames become those of the
     * naming rule under the new parent (among its official siblings when it has an official code), the old ones stay
     * as permanent redirects (every old address answers 301 with the same path), content, accounts and history stay
     * with the unit. The active units under it move with it, in one go: each keeps its label, under its parent's new
     * name ({@code xa.huyen.tinh} → {@code xa.huyen.tinhmoi}), the old names redirecting.
     */
    /** What a relocation would do: the unit's new hostname and those of the units below it; writes nothing. */
    public RelocationPlan previewRelocation(Account caller, RelocationRequest request) {
        RelocationCheck checked = checkRelocation(caller, request);
        List<RelocationPlan.HostChange> below = new ArrayList<>();
        for (Unit descendant : checked.below()) {
            String from = host(descendant);
            // a unit below keeps its label: its name changes where its ancestor's does
            String to = from.endsWith("." + checked.formerHost())
                    ? from.substring(0, from.length() - checked.formerHost().length()) + checked.hostname() : from;
            below.add(new RelocationPlan.HostChange(descendant.getId(), descendant.getOfficialName(), from, to));
        }
        return new RelocationPlan(checked.unit().getId(), checked.unit().getOfficialName(), checked.name(),
                checked.formerHost(), checked.hostname(), below);
    }

    public Relocated relocate(Account caller, RelocationRequest request, String address) {
        RelocationCheck checked = checkRelocation(caller, request);
        Unit unit = checked.unit();
        Unit parent = checked.parent();
        List<Unit> below = checked.below();
        String name = checked.name();
        String label = checked.label();
        String formerHost = checked.formerHost();
        String hostname = checked.hostname();
        Reorganisation.Kind kind = request.newParentId() == null ? Reorganisation.Kind.RENAME
                : Reorganisation.Kind.REPARENT;
        Reorganisation reorganisation = new Reorganisation(kind, request.decisionNo().strip(), request.decisionDate(),
                request.effectiveOn(), Reorganisation.Content.MOVE, Reorganisation.Accounts.CARRY, caller.getId(),
                caller.getUsername(), clock.instant());
        String summary = unit.getOfficialName() + " (" + formerHost + ") → " + name + " (" + hostname + "), "
                + request.decisionNo().strip();
        reorganisation.summarise(summary);
        em().persist(reorganisation);
        String placed = units.rehost(unit, parent, name, label);
        for (Unit descendant : below) {
            // in path order: a unit's parent has its new name before the unit takes its own under it
            Unit itsParent = units.find(descendant.getParentId()).orElseThrow();
            String moved = HostnamePolicy.canonicalHostname(descendant.getHostLabel(), host(itsParent));
            units.host(moved).filter(h -> !h.getUnitId().equals(descendant.getId())).ifPresent(h -> {
                throw new DomainException(409, "unit.host.taken", moved);
            });
            units.rehost(descendant, itsParent, descendant.getOfficialName(), descendant.getHostLabel());
        }
        entityManagers.flushUnique(() -> new DomainException(409, "unit.host.taken", hostname));
        long unitId = unit.getId();
        long reorganisationId = reorganisation.getId();
        entityManagers.runAs(unit, () -> {
            audit.record(new AuditEvent(caller.getId(), caller.getUsername(), address, "REORGANISE", "UNIT", unitId,
                    null, kind.name(), summary));
            return null;
        });
        for (Unit descendant : below) {
            entityManagers.runAs(descendant, () -> {
                audit.record(new AuditEvent(caller.getId(), caller.getUsername(), address, "REORGANISE", "UNIT",
                        descendant.getId(), null, kind.name(), "cùng " + summary));
                return null;
            });
        }
        unitsChanged.fire(new UnitsChanged());
        contentChanged.fire(new ContentChanged(unitId));
        return new Relocated(reorganisationId, unitId, name, placed, formerHost, below.size());
    }

    /**
     * Stops a unit's portal without successor (MIC Art. 8.5c: the portal closes), in one transaction: its people's
     * accounts deactivated (their sessions and tokens ended) and its grants ended, the unit marked retired with its
     * code given up; its hostnames answer 410 with the date and a link to the parent's portal; its record, content
     * and audit trail are kept. Refused for a unit with active units under it (reorganise those first).
     */
    /** What stopping a portal would do; checks as {@link #stop} does, writes nothing. */
    public StopPlan previewStop(Account caller, StopRequest request) {
        Unit unit = checkStop(caller, request);
        return new StopPlan(unit.getId(), unit.getOfficialName(), host(unit),
                count("select count(*) from item where tenant_id = ?1 and state = 'PUBLISHED'", unit.getId()),
                accounts.ofHomeUnit(unit.getId()).stream().filter(Account::isActive).filter(a -> !a.getId()
                        .equals(caller.getId())).count());
    }

    public Stopped stop(Account caller, StopRequest request, String address) {
        Unit unit = checkStop(caller, request);
        Instant now = clock.instant();
        Reorganisation reorganisation = new Reorganisation(Reorganisation.Kind.RETIRE, request.decisionNo().strip(),
                request.decisionDate(), request.effectiveOn(), Reorganisation.Content.ARCHIVE,
                Reorganisation.Accounts.DEACTIVATE, caller.getId(), caller.getUsername(), now);
        String hostname = host(unit);
        String summary = unit.getOfficialName() + " (" + hostname + ") ngừng hoạt động cổng, "
                + request.decisionNo().strip();
        reorganisation.summarise(summary);
        em().persist(reorganisation);
        List<Account> leaving = accounts.ofHomeUnit(unit.getId()).stream()
                .filter(a -> a.isActive() && !a.getId().equals(caller.getId())).toList();
        em().createQuery("delete from RoleGrant g where g.unitId = :u").setParameter("u", unit.getId())
                .executeUpdate();
        unit.retire(UnitState.RETIRED, now);
        em().flush();
        long unitId = unit.getId();
        long reorganisationId = reorganisation.getId();
        for (Account account : leaving) {
            administration.deactivate(caller, account.getUsername(), address);
        }
        Unit stopped = units.find(unitId).orElseThrow();
        entityManagers.runAs(stopped, () -> {
            audit.record(new AuditEvent(caller.getId(), caller.getUsername(), address, "REORGANISE", "UNIT", unitId,
                    UnitState.ACTIVE.name(), UnitState.RETIRED.name(), summary));
            return null;
        });
        unitsChanged.fire(UnitsChanged.of(unitId));
        contentChanged.fire(new ContentChanged(unitId));
        return new Stopped(reorganisationId, unitId, hostname, leaving.size());
    }

    private record RelocationCheck(Unit unit, Unit parent, List<Unit> below, String name, String label,
                                   String formerHost, String hostname) {
    }

    private RelocationCheck checkRelocation(Account caller, RelocationRequest request) {
        if (request == null || request.unitId() == null) {
            throw new DomainException(422, "reorg.units.required");
        }
        requireDecision(request.decisionNo(), request.decisionDate(), request.effectiveOn());
        Unit unit = active(request.unitId());
        requireMay(caller, unit);
        Unit parent = request.newParentId() == null
                ? (unit.getParentId() == null ? null : units.find(unit.getParentId()).orElseThrow())
                : active(request.newParentId());
        if (parent != null && request.newParentId() != null) {
            requireMay(caller, parent);
            if (parent.getId().equals(unit.getId()) || parent.isWithin(unit)) {
                throw new DomainException(422, "reorg.parent.within", unit.getOfficialName());
            }
            if (!parent.getLevel().mayContain(unit.getLevel())) {
                throw new DomainException(422, "unit.level.not-allowed", unit.getLevel().name(), parent.getLevel().name());
            }
        }
        List<Unit> below = units.subtree(unit).stream().filter(u -> !u.getId().equals(unit.getId()))
                .filter(Unit::isActive).toList();
        String name = request.newName() == null || request.newName().isBlank() ? unit.getOfficialName()
                : request.newName().strip();
        if (name.length() > 255) {
            throw new DomainException(422, "unit.name.invalid", name);
        }
        String label = labelUnder(unit, parent, name);
        String formerHost = host(unit);
        String parentHost = parent == null ? null : host(parent);
        String hostname = HostnamePolicy.canonicalHostname(label, parentHost);
        units.host(hostname).filter(h -> !h.getUnitId().equals(unit.getId())).ifPresent(h -> {
            throw new DomainException(409, "unit.host.taken", hostname);
        });
        return new RelocationCheck(unit, parent, below, name, label, formerHost, hostname);
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
            Unit successor = active(id);
            requireMay(caller, successor);
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

    private Unit checkStop(Account caller, StopRequest request) {
        if (request == null || request.unitId() == null) {
            throw new DomainException(422, "reorg.units.required");
        }
        requireDecision(request.decisionNo(), request.decisionDate(), request.effectiveOn());
        Unit unit = active(request.unitId());
        requireMay(caller, unit);
        if (units.children(unit.getId()).stream().anyMatch(Unit::isActive)) {
            throw new DomainException(422, "reorg.has-children", unit.getOfficialName());
        }
        return unit;
    }

    /** Among its official siblings under the new parent when it is a unit of the list; else the naming rule alone. */
    private String labelUnder(Unit unit, Unit parent, String name) {
        try {
            Optional<String> official = unit.getOfficialCode() == null ? Optional.empty()
                    : registers.label(unit.getOfficialCode(), parent == null ? null : parent.getOfficialCode(),
                    unit.getLevel(), name, unit.getAbbreviation());
            return official.orElseGet(() -> HostnamePolicy.labelFor(unit.getLevel(), name, unit.getAbbreviation()));
        } catch (InvalidUnitNameException e) {
            throw new DomainException(422, "unit.name.invalid", name);
        }
    }

    private static void requireDecision(String decisionNo, java.time.LocalDate date, java.time.LocalDate effective) {
        if (decisionNo == null || decisionNo.isBlank() || decisionNo.length() > 128 || date == null
                || effective == null) {
            throw new DomainException(422, "reorg.decision.required");
        }
    }

    private Checked check(Account caller, MergeRequest request) {
        if (request == null || request.predecessorIds() == null || request.predecessorIds().isEmpty()) {
            throw new DomainException(422, "reorg.units.required");
        }
        Set<Long> ids = new LinkedHashSet<>(request.predecessorIds());
        if (ids.contains(null) || ids.size() > MAX_UNITS) {
            throw new DomainException(422, "reorg.units.required");
        }
        requireDecision(request.decisionNo(), request.decisionDate(), request.effectiveOn());
        Reorganisation.Content content = choice(Reorganisation.Content.class, request.content(),
                Reorganisation.Content.MOVE);
        Reorganisation.Accounts accountsChoice = choice(Reorganisation.Accounts.class, request.accounts(),
                Reorganisation.Accounts.CARRY);
        if ((request.successorId() == null) == (request.newSuccessor() == null)) {
            throw new DomainException(422, "reorg.successor.one");
        }
        Unit successor = request.successorId() == null ? null : active(request.successorId());
        if (successor != null) {
            requireMay(caller, successor);
        }
        List<Unit> predecessors = new ArrayList<>();
        for (long id : ids) {
            Unit unit = active(id);
            requireMay(caller, unit);
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

    private Unit active(long id) {
        Unit unit = units.find(id).orElseThrow(() -> new DomainException(404, "unit.not-found", id));
        if (!unit.isActive()) {
            throw new DomainException(409, "reorg.unit.not-active", unit.getOfficialName());
        }
        return unit;
    }

    private void requireMay(Account caller, Unit unit) {
        if (!ProvisioningPolicy.mayReorganise(authority.actorIn(caller, unit))) {
            throw new DomainException(403, "auth.forbidden");
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, E otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException(422, "reorg.choice.unknown", value);
        }
    }

    private String host(Unit unit) {
        return units.canonicalHostname(unit.getId()).orElse(unit.getHostLabel());
    }

    private long count(String sql, long unitId) {
        return ((Number) entityManagers.crossTenantSql(sql, unitId).getSingleResult()).longValue();
    }
}
