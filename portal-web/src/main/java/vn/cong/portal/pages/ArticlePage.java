package vn.cong.portal.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import vn.cong.catalog.Category;
import vn.cong.catalog.CategoryRepository;
import vn.cong.editorial.Item;
import vn.cong.editorial.ItemRepository;
import vn.cong.tenancy.TenantContext;

/** One published article, and its print view ({@code ?in=1}). */
@Named
@RequestScoped
public class ArticlePage {

    @Inject
    TenantContext tenant;

    @Inject
    ItemRepository items;

    @Inject
    CategoryRepository categories;

    @Inject
    HttpServletRequest request;

    private Item item;
    private Category category;

    /**
     * Loads the article before the view renders (one read transaction for the page; the getters the view calls
     * many times are plain): 404 for an unknown or unpublished slug.
     */
    @Transactional
    public void load() {
        PublicRoute route = PortalPage.route(request);
        item = route == null ? null : items.publishedBySlug(route.key()).orElse(null);
        if (item == null) {
            PortalPage.notFound();
            return;
        }
        category = categories.find(item.getCategoryId()).orElse(null);
    }

    public Item getItem() {
        return item;
    }

    public String getCategoryName() {
        return category == null ? "" : category.name(tenant.language());
    }

    public String getCategoryCode() {
        return category == null ? "" : category.getCode();
    }

    public boolean isPrint() {
        return "1".equals(request.getParameter("in"));
    }
}
