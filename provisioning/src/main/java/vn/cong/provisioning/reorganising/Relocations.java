package vn.cong.provisioning.reorganising;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.cong.audit.AuditEvent;
import vn.cong.audit.AuditLog;
import vn.cong.identity.Account;
import vn.cong.platform.ContentChanged;
import vn.cong.platform.DomainException;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.provisioning.register.OfficialRegisters;
import vn.cong.tenancy.HostnamePolicy;
import vn.cong.tenancy.InvalidUnitNameException;
import vn.cong.tenancy.Reorganisation;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitRepository;
import vn.cong.tenancy.UnitsChanged;

/**
 * A unit moved under another parent (a commune of an abolished district placed under its province) and/or renamed by
 * a decision, with the units below it ({@link #relocate}); {@link #previewRelocation} says what will change first.
 */
@ApplicationScoped
@Transactional
public class Relocations {

    @Inject
    UnitRepository units;

    @Inject
    ReorganisationRules rules;

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

    @Inject
    OfficialRegisters registers;

    /** What a relocation would do: the unit's new hostname and those of the units below it; writes nothing. */
    public RelocationPlan previewRelocation(Account caller, RelocationRequest request) {
        RelocationCheck checked = checkRelocation(caller, request);
        List<RelocationPlan.HostChange> below = new ArrayList<>();
        for (Unit descendant : checked.below()) {
            String from = rules.host(descendant);
            // a unit below keeps its label: its name changes where its ancestor's does
            String to = from.endsWith("." + checked.formerHost())
                    ? from.substring(0, from.length() - checked.formerHost().length()) + checked.hostname() : from;
            below.add(new RelocationPlan.HostChange(descendant.getId(), descendant.getOfficialName(), from, to));
        }
        return new RelocationPlan(checked.unit().getId(), checked.unit().getOfficialName(), checked.name(),
                checked.formerHost(), checked.hostname(), below);
    }

    /**
     * Moves a unit under another parent and/or renames it, in one transaction: its hostnames become those of the
     * naming rule under the new parent (among its official siblings when it has an official code), the old ones stay
     * as permanent redirects (every old address answers 301 with the same path), content, accounts and history stay
     * with the unit. The active units under it move with it, in one go: each keeps its label, under its parent's new
     * name ({@code xa.huyen.tinh} → {@code xa.huyen.tinhmoi}), the old names redirecting.
     */
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
            String moved = HostnamePolicy.canonicalHostname(descendant.getHostLabel(), rules.host(itsParent));
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

    private record RelocationCheck(Unit unit, Unit parent, List<Unit> below, String name, String label,
                                   String formerHost, String hostname) {
    }

    private RelocationCheck checkRelocation(Account caller, RelocationRequest request) {
        if (request == null || request.unitId() == null) {
            throw new DomainException(422, "reorg.units.required");
        }
        rules.requireDecision(request.decisionNo(), request.decisionDate(), request.effectiveOn());
        Unit unit = rules.active(request.unitId());
        rules.requireMay(caller, unit);
        Unit parent = request.newParentId() == null
                ? (unit.getParentId() == null ? null : units.find(unit.getParentId()).orElseThrow())
                : rules.active(request.newParentId());
        if (parent != null && request.newParentId() != null) {
            rules.requireMay(caller, parent);
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
        String formerHost = rules.host(unit);
        String parentHost = parent == null ? null : rules.host(parent);
        String hostname = HostnamePolicy.canonicalHostname(label, parentHost);
        units.host(hostname).filter(h -> !h.getUnitId().equals(unit.getId())).ifPresent(h -> {
            throw new DomainException(409, "unit.host.taken", hostname);
        });
        return new RelocationCheck(unit, parent, below, name, label, formerHost, hostname);
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
}
