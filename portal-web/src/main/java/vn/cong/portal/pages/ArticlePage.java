package vn.cong.portal.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.cong.catalog.Category;
import vn.cong.catalog.CategoryRepository;
import vn.cong.editorial.Item;
import vn.cong.editorial.ItemRepository;
import vn.cong.editorial.ItemRevision;
import vn.cong.editorial.ItemRevisions;
import vn.cong.editorial.ItemState;
import vn.cong.editorial.ReasonCatalog;
import vn.cong.editorial.UnpublishingBehaviour;
import vn.cong.editorial.UnpublishingReason;
import vn.cong.tenancy.TenantContext;

/**
 * One article, and its print view ({@code ?in=1}). A published article shows with its source line ("Nguồn: …") and,
 * as on GOV.UK, the notes of its major changes ("Cập nhật ngày …: …"); it shows the revision that was published —
 * an amendment the secretariat is still working on stays out of sight. An unpublished one answers as its
 * unpublishing reason says: 410 Gone, 301 to the item that consolidated it, or the article with a withdrawal notice.
 */
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
    ReasonCatalog reasons;

    @Inject
    ItemRevisions revisions;

    @Inject
    ItemFieldsView fields;

    @Inject
    HttpServletRequest request;

    private Item item;
    private Category category;
    private boolean withdrawn;
    private List<ItemRevision> updates = List.of();

    /**
     * Loads the article before the view renders (one read transaction for the page; the getters the view calls
     * many times are plain): 404 for an unknown or never-published slug; 410 / 301 / notice for an unpublished one.
     */
    @Transactional
    public void load() {
        PublicRoute route = PortalPage.route(request);
        item = route == null ? null : items.citizenVisibleBySlug(route.key()).orElse(null);
        if (item == null) {
            PortalPage.notFound();
            return;
        }
        if (item.getState() != ItemState.PUBLISHED) {
            UnpublishingBehaviour behaviour = reasons.unpublishingReason(item.getUnpublishingReason())
                    .map(UnpublishingReason::getBehaviour).orElse(UnpublishingBehaviour.GONE);
            if (behaviour == UnpublishingBehaviour.WITHDRAWN) {
                withdrawn = true;
            } else {
                Item replacement = behaviour == UnpublishingBehaviour.REDIRECT && item.getConsolidatedInto() != null
                        ? items.find(item.getConsolidatedInto()).filter(i -> i.getState() == ItemState.PUBLISHED)
                                .orElse(null)
                        : null;
                if (replacement == null) {
                    PortalPage.gone();
                } else {
                    PortalPage.movedPermanently("/bai-viet/" + replacement.getSlug() + (isPrint() ? "?in=1" : ""));
                }
                return;
            }
        }
        category = categories.find(item.getCategoryId()).orElse(null);
        updates = revisions.publicChangeNotes(item.getId());
        fields.load(item, category);
    }

    /** The notes of the article's published major changes, newest first. */
    public List<ItemRevision> getUpdates() {
        return updates;
    }

    public Item getItem() {
        return item;
    }

    /** Stays readable with a withdrawal notice (its note, its date). */
    public boolean isWithdrawn() {
        return withdrawn;
    }

    /** The source citizens read: the named source, or the unit itself for its own content (BNV Art. 3.6). */
    public String getSource() {
        return item == null ? "" : item.attribution().sourceOr(tenant.require().unit().displayName(tenant.language()));
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
