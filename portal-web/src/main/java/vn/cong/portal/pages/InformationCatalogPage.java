package vn.cong.portal.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.cong.catalog.Category;
import vn.cong.catalog.CategoryRepository;
import vn.cong.catalog.Rule;
import vn.cong.catalog.RuleWording;
import vn.cong.catalog.UnitCatalog;
import vn.cong.catalog.preset.PresetRef;
import vn.cong.catalog.preset.PresetStore;
import vn.cong.tenancy.TenantContext;
import vn.cong.tenancy.Unit;

/**
 * Danh mục thông tin công khai (REQUIREMENTS §3.16, VP Art. 5.16): every information type the unit publishes, with
 * its location, form, time and duration of publication — generated from the unit's catalog, so it never disagrees
 * with what the portal does. Visible categories only, in catalog order.
 */
@Named
@RequestScoped
public class InformationCatalogPage {

    @Inject
    TenantContext tenant;

    @Inject
    CategoryRepository categories;

    @Inject
    PresetStore presets;

    private List<Row> rows;
    private PresetRef preset;

    /** One information type: how deep it sits, where it is, and what the law asks of it, in words. */
    public record Row(int depth, String code, String name, String location, String form, String time, String duration,
                      String legalBasis, boolean englishRequired) {
    }

    /** Loads the page before the view renders: one read transaction. */
    @Transactional
    public void load() {
        String language = tenant.language();
        List<Category> visible = categories.visible();
        Map<Long, Integer> depths = UnitCatalog.depths(visible);
        Map<Long, List<Rule>> rules = categories.rules();
        rows = new ArrayList<>();
        for (Category category : visible) {
            List<Rule> own = rules.getOrDefault(category.getId(), List.of());
            boolean hasChildren = visible.stream().anyMatch(c -> category.getId().equals(c.getParentId()));
            String time = own.isEmpty() && hasChildren ? RuleWording.seeChildren(language)
                    : RuleWording.rules(own, language);
            rows.add(new Row(depths.get(category.getId()), category.getCode(), category.name(language),
                    PublicRoute.categoryPath(category.getCode()), category.getContentType().displayName(language), time,
                    RuleWording.retention(category.getRetention(), language),
                    RuleWording.legalBasis(category.getLegalBasis(), language), category.isEnglishRequired()));
        }
        Unit unit = tenant.require().unit();
        preset = unit.getPresetCode() == null ? null
                : presets.find(unit.getPresetCode(), unit.getPresetVersion()).orElse(null);
    }

    public List<Row> getRows() {
        return rows;
    }

    /** The regulation the catalog follows, e.g. "Quyết định số 32/2023/QĐ-UBND …"; null before presets. */
    public String getRegulation() {
        return preset == null ? null : preset.regulation();
    }
}
