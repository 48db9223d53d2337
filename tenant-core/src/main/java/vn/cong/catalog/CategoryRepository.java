package vn.cong.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.cong.catalog.preset.PresetLevel;
import vn.cong.platform.TenantBoundEntityManager;

/** The current unit's categories (see {@link UnitCatalog}); every query is tenant-filtered. */
@ApplicationScoped
@Transactional
public class CategoryRepository {

    @Inject
    TenantBoundEntityManager entityManagers;

    private UnitCatalog catalog() {
        return new UnitCatalog(entityManagers.forCurrentTenant());
    }

    /** Every category, hidden ones included, in tree order (parents before their children). */
    public List<Category> all() {
        return catalog().all();
    }

    /** Visible categories in tree order; a category under a hidden one is hidden too. */
    public List<Category> visible() {
        Set<Long> shown = new HashSet<>();
        List<Category> visible = new ArrayList<>();
        for (Category category : all()) {
            if (!category.isHidden() && (category.getParentId() == null || shown.contains(category.getParentId()))) {
                shown.add(category.getId());
                visible.add(category);
            }
        }
        return visible;
    }

    /** The citizen menu: visible top-level categories, in order. */
    public List<Category> menu() {
        return catalog().menu();
    }

    public List<Category> visibleChildren(long parentId) {
        return catalog().visibleChildren(parentId);
    }

    public Optional<Category> find(long id) {
        return catalog().find(id);
    }

    public Optional<Category> byCode(String code) {
        return catalog().byCode(code);
    }

    public void add(Category category) {
        catalog().add(category);
    }

    public Map<Long, List<Rule>> rules() {
        return catalog().rules();
    }

    public List<Rule> rules(long categoryId) {
        return catalog().rules(categoryId);
    }

    public void replaceRules(Category category, RuleSet rules) {
        catalog().replaceRules(category, rules);
    }

    /** Creates the current unit's catalog from a preset version. */
    public void instantiate(PresetLevel level) {
        catalog().instantiate(level);
    }
}
