package vn.cong.portal.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import vn.cong.catalog.Category;
import vn.cong.catalog.CategoryRepository;
import vn.cong.platform.ContentChanged;
import vn.cong.portal.cache.UnitScopedCache;
import vn.cong.tenancy.UnitsChanged;

/**
 * Each unit's citizen menu (its visible top-level categories) per language, kept in memory: every citizen page shows
 * it, and it changes only when the unit's catalog does — which fires {@link ContentChanged}, as publishing does.
 */
@ApplicationScoped
public class CitizenMenus {

    /** One small entry per unit and language: room for every commune, district and department of the country. */
    private final UnitScopedCache<String, List<MenuLink>> menus = new UnitScopedCache<>(40_000);

    @Inject
    CategoryRepository categories;

    /** The menu of the current unit ({@code unitId} is the current tenant's) in {@code language}. */
    public List<MenuLink> of(long unitId, String language) {
        return menus.get(unitId, language,
                () -> categories.menu().stream().map(category -> MenuLink.of(category, language)).toList());
    }

    void onContentChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged changed) {
        menus.invalidate(changed.unitId());
    }

    void onUnitsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) UnitsChanged changed) {
        if (changed.all()) {
            menus.clear();
        } else {
            changed.unitIds().forEach(menus::invalidate);
        }
    }

    /** A menu link: the category's page address and its name (a class with getters: the template reads it often). */
    public static final class MenuLink {

        private final String href;
        private final String name;

        private MenuLink(String href, String name) {
            this.href = href;
            this.name = name;
        }

        static MenuLink of(Category category, String language) {
            return new MenuLink(PublicRoute.categoryPath(category.getCode()), category.name(language));
        }

        public String getHref() {
            return href;
        }

        public String getName() {
            return name;
        }
    }
}
