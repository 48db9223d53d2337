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
import vn.cong.tenancy.TenantContext;

/** A unit's home page: the latest items of each category shown on the home page. */
@Named
@RequestScoped
public class HomePage {

    static final int LATEST = 5;

    @Inject
    TenantContext tenant;

    @Inject
    CategoryRepository categories;

    @Inject
    ItemRepository items;

    private List<Block> blocks;

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
    }

    public List<Block> getBlocks() {
        return blocks;
    }

    public record Block(Category category, List<Item> items) {
    }
}
