package vn.cong.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import vn.cong.catalog.preset.PresetLevel;
import vn.cong.catalog.preset.PresetStore;
import vn.cong.platform.DomainException;
import vn.cong.tenancy.TenantContext;
import vn.cong.tenancy.UnitRepository;

/**
 * The rules of the current unit's catalog, for the compliance engine and retention runs: per category (as the unit's
 * catalog now says, local overrides included), and the rules of the whole portal from the preset version it follows.
 * Due dates come from the rules themselves: {@code rule.dueDate(triggerDay, workingCalendar)}.
 */
@ApplicationScoped
@Transactional
public class CatalogRules {

    @Inject
    CategoryRepository categories;

    @Inject
    PresetStore presets;

    @Inject
    TenantContext tenant;

    @Inject
    UnitRepository units;

    public CategoryRules forCategory(long categoryId) {
        Category category = categories.find(categoryId)
                .orElseThrow(() -> new DomainException(404, "catalog.category.not-found", categoryId));
        return new CategoryRules(categoryId, category.getCode(), categories.rules(categoryId), category.getRetention());
    }

    /** Every category of the unit, in tree order (hidden ones included: their items still count). */
    public List<CategoryRules> forUnit() {
        Map<Long, List<Rule>> rules = categories.rules();
        return categories.all().stream().map(c -> new CategoryRules(c.getId(), c.getCode(),
                rules.getOrDefault(c.getId(), List.of()), c.getRetention())).toList();
    }

    /** Rules of the whole portal (e.g. MIC Art. 14.1), from the preset version the unit follows; none if none. */
    public List<Rule> portalRules() {
        return units.find(tenant.unitId()).flatMap(presets::followedBy).map(PresetLevel::portalRules).orElse(List.of());
    }
}
