package vn.cong.portal.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import vn.cong.catalog.Category;
import vn.cong.catalog.CategoryRepository;
import vn.cong.editorial.Item;
import vn.cong.editorial.ItemRepository;
import vn.cong.tenancy.Successions;
import vn.cong.tenancy.TenantContext;

/** A unit's home page: the latest items of each category shown on the home page, and the unit's history. */
@Named
@RequestScoped
public class HomePage {

    static final int LATEST = 5;

    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter
            .ofPattern("dd/MM/yyyy");

    @Inject
    TenantContext tenant;

    @Inject
    CategoryRepository categories;

    @Inject
    ItemRepository items;

    @Inject
    Successions successions;

    private List<Block> blocks;
    private List<Successions.Predecessor> history;

    /** Loads the page before the view renders: one read transaction, not one per getter call. */
    @Transactional
    public void load() {
        String language = tenant.language();
        blocks = new ArrayList<>();
        for (Category category : categories.visible()) {
            if (category.isOnHome()) {
                List<Item> latest = items.published(category.getId(), language, 0, LATEST);
                if (!latest.isEmpty()) {
                    blocks.add(new Block(category, latest));
                }
            }
        }
        history = successions.predecessorsOf(tenant.unitId());
    }

    /** The units this one took in ("Hợp nhất từ …"), with their decisions: the unit's history for citizens. */
    public List<Successions.Predecessor> getHistory() {
        return history;
    }

    public String date(java.time.LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    public List<Block> getBlocks() {
        return blocks;
    }

    public record Block(Category category, List<Item> items) {
    }
}
