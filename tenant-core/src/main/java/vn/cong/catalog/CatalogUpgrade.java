package vn.cong.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import vn.cong.audit.AuditEvent;
import vn.cong.audit.AuditLog;
import vn.cong.catalog.preset.PresetLevel;
import vn.cong.catalog.preset.PresetRef;
import vn.cong.catalog.preset.PresetStore;
import vn.cong.platform.ContentChanged;
import vn.cong.identity.Actor;
import vn.cong.platform.DomainException;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.tenancy.TenantContext;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitRepository;
import vn.cong.tenancy.UnitsChanged;

/**
 * Moves the current unit's catalog to a newer version of its preset (or, for a unit opened before presets, onto a
 * first preset): {@link #preview} shows what would change, {@link #apply} does it — losing nothing: a dropped
 * category is hidden with its items, a field the unit changed keeps the unit's value. Audited.
 */
@ApplicationScoped
@Transactional
public class CatalogUpgrade {

    @Inject
    TenantContext tenant;

    @Inject
    UnitRepository units;

    @Inject
    PresetStore presets;

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    AuditLog audit;

    @Inject
    Event<ContentChanged> contentChanged;

    @Inject
    Event<UnitsChanged> unitsChanged;

    /**
     * The preset versions the unit may move to, newest first: newer versions of its own preset — or, for a unit that
     * follows none, every preset with a catalog for its level, its parent's first.
     */
    public List<PresetRef> candidates() {
        Unit unit = unit();
        String parents = unit.getParentId() == null ? null
                : units.find(unit.getParentId()).map(Unit::getPresetCode).orElse(null);
        return presets.all().stream()
                .filter(p -> unit.getPresetCode() == null
                        || p.code().equals(unit.getPresetCode()) && p.version() > unit.getPresetVersion())
                .filter(p -> presets.level(p.code(), p.version(), unit.getLevel()).isPresent())
                .sorted(Comparator.comparing((PresetRef p) -> !p.code().equals(parents))
                        .thenComparing(PresetRef::code).thenComparing(PresetRef::version, Comparator.reverseOrder()))
                .toList();
    }

    /** The preset version the unit follows, or null. */
    public PresetRef current() {
        Unit unit = unit();
        return unit.getPresetCode() == null ? null
                : presets.find(unit.getPresetCode(), unit.getPresetVersion()).orElse(null);
    }

    public UpgradePlan preview(Actor actor, String code, int version) {
        requireEditor(actor);
        Unit unit = unit();
        PresetLevel target = target(unit, code, version);
        UnitCatalog catalog = new UnitCatalog(entityManagers.forCurrentTenant());
        List<CategorySnapshot> current = catalog.snapshot();
        List<Long> origins = current.stream().map(CategorySnapshot::presetCategoryId).filter(Objects::nonNull).toList();
        return UpgradePlanner.plan(current(), current, presets.categories(origins), target);
    }

    public UpgradePlan apply(Actor actor, String code, int version, String address) {
        UpgradePlan plan = preview(actor, code, version);
        new UnitCatalog(entityManagers.forCurrentTenant()).apply(plan);
        Unit unit = unit();
        unit.followPreset(code, version);
        audit.record(new AuditEvent(actor.accountId(), actor.username(), address, "CATALOG_UPGRADE", "UNIT",
                unit.getId(), null, null, (plan.from() == null ? "—" : plan.from().key()) + " → " + plan.to().key()
                + ": +" + plan.of(UpgradePlan.Kind.ADDED).size() + " −" + plan.of(UpgradePlan.Kind.REMOVED).size()
                + " ~" + (plan.of(UpgradePlan.Kind.CHANGED).size() + plan.of(UpgradePlan.Kind.ADOPTED).size())
                + ", kept local " + plan.keptLocalCount()));
        contentChanged.fire(new ContentChanged(unit.getId()));
        unitsChanged.fire(new UnitsChanged());
        return plan;
    }

    private PresetLevel target(Unit unit, String code, int version) {
        boolean allowed = unit.getPresetCode() == null
                || code.equals(unit.getPresetCode()) && version > unit.getPresetVersion();
        if (!allowed) {
            throw new DomainException(422, "catalog.upgrade.not-newer", code + "@" + version);
        }
        return presets.level(code, version, unit.getLevel())
                .orElseThrow(() -> new DomainException(422, "catalog.preset.level", code, unit.getLevel().name()));
    }

    /** The unit as a managed entity of this transaction (the tenant context holds a detached copy). */
    private Unit unit() {
        return units.find(tenant.unitId()).orElseThrow();
    }

    private static void requireEditor(Actor actor) {
        if (!CatalogPolicy.canEdit(actor)) {
            throw new DomainException(403, "catalog.forbidden");
        }
    }
}
