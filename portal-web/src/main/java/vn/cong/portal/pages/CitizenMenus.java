package vn.cong.portal.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import vn.cong.catalog.Category;
import vn.cong.catalog.CategoryRepository;
import vn.cong.editorial.ContentChanged;
import vn.cong.tenancy.UnitsChanged;

/**
 * Each unit's citizen menu (its visible top-level categories), kept in memory: every citizen page shows it, and it
 * changes only when the unit's catalog does — which fires {@link ContentChanged}, as publishing does. A menu read
 * while a change commits is not kept (a generation per unit, as in the page cache), so a stale menu never stays.
 */
@ApplicationScoped
public class CitizenMenus {

    private final Map<Long, List<MenuEntry>> byUnit = new ConcurrentHashMap<>();
    private final Map<Long, AtomicLong> generations = new ConcurrentHashMap<>();

    @Inject
    CategoryRepository categories;

    /** The menu of the current unit ({@code unitId} is the current tenant's). */
    public List<MenuEntry> of(long unitId) {
        List<MenuEntry> cached = byUnit.get(unitId);
        if (cached != null) {
            return cached;
        }
        AtomicLong generation = generations.computeIfAbsent(unitId, id -> new AtomicLong());
        long before = generation.get();
        List<MenuEntry> loaded = categories.menu().stream().map(MenuEntry::of).toList();
        byUnit.put(unitId, loaded);
        if (generation.get() != before) {
            byUnit.remove(unitId, loaded); // the catalog changed while we read it
        }
        return loaded;
    }

    void onContentChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged changed) {
        generations.computeIfAbsent(changed.unitId(), id -> new AtomicLong()).incrementAndGet();
        byUnit.remove(changed.unitId());
    }

    void onUnitsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) UnitsChanged changed) {
        generations.values().forEach(AtomicLong::incrementAndGet);
        byUnit.clear();
    }

    /** A menu link: the category's page address and its names. */
    public record MenuEntry(String code, String href, String nameVi, String nameEn) {

        static MenuEntry of(Category category) {
            return new MenuEntry(category.getCode(), PublicRoute.categoryPath(category.getCode()), category.name("vi"),
                    category.name("en"));
        }

        public String name(String language) {
            return "en".equals(language) ? nameEn : nameVi;
        }
    }
}
