package vn.cong.portal.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cong.catalog.Category;
import vn.cong.catalog.CategoryRepository;
import vn.cong.catalog.ContentType;
import vn.cong.content.FieldValues;
import vn.cong.content.LegalDocumentFields;
import vn.cong.content.ShownField;
import vn.cong.content.StructuredFields;
import vn.cong.editorial.Item;
import vn.cong.editorial.ItemRepository;
import vn.cong.editorial.ItemRevisions;
import vn.cong.editorial.ItemState;
import vn.cong.editorial.ReasonCatalog;
import vn.cong.editorial.UnpublishingBehaviour;
import vn.cong.editorial.UnpublishingReason;
import vn.cong.tenancy.TenantContext;

/**
 * Reads one article of the current unit as citizens see it, in one read transaction: the revision that was
 * published (an amendment still being worked on stays out of sight), its category, the notes of its major changes
 * (as on GOV.UK) and its structured fields; an unpublished item as its unpublishing reason says — gone, moved to the
 * item that consolidated it, or still shown with a withdrawal notice.
 */
@ApplicationScoped
public class ArticleLoader {

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
    StructuredFields structuredFields;

    /** Empty for an unknown or never-published slug. */
    @Transactional
    public Optional<CitizenArticle> load(String slug, String language) {
        Item item = items.citizenVisibleBySlug(slug).orElse(null);
        if (item == null) {
            return Optional.empty();
        }
        boolean withdrawn = false;
        if (item.getState() != ItemState.PUBLISHED) {
            UnpublishingBehaviour behaviour = reasons.unpublishingReason(item.getUnpublishingReason())
                    .map(UnpublishingReason::getBehaviour).orElse(UnpublishingBehaviour.GONE);
            if (behaviour != UnpublishingBehaviour.WITHDRAWN) {
                Item replacement = behaviour == UnpublishingBehaviour.REDIRECT && item.getConsolidatedInto() != null
                        ? items.find(item.getConsolidatedInto()).filter(i -> i.getState() == ItemState.PUBLISHED)
                                .orElse(null)
                        : null;
                return Optional.of(replacement == null ? new CitizenArticle.Gone()
                        : new CitizenArticle.Moved(replacement.getSlug()));
            }
            withdrawn = true;
        }
        Category category = categories.find(item.getCategoryId()).orElse(null);
        ArticleView.Builder view = new ArticleView.Builder();
        view.slug = item.getSlug();
        view.title = item.getTitle();
        view.summary = item.getSummary();
        view.body = item.getBody();
        view.publishedAt = item.getPublishedAt();
        view.withdrawn = withdrawn;
        view.withdrawnAt = item.getUnpublishedAt();
        view.withdrawalNote = item.getUnpublishingNote();
        view.source = item.attribution().sourceOr(tenant.require().unit().displayName(language));
        view.authorName = item.getAuthorName();
        view.permissionRef = item.getPermissionRef();
        if (category != null) {
            view.categoryCode = category.getCode();
            view.categoryName = category.name(language);
        }
        view.updates = revisions.publicChangeNotes(item.getId()).stream()
                .map(r -> new ArticleView.Update(r.getPublishedAt(), r.getChangeNote())).toList();
        addFields(view, item, category, language);
        return Optional.of(new CitizenArticle.Shown(view.build()));
    }

    private void addFields(ArticleView.Builder view, Item item, Category category, String language) {
        Map<String, String> values = structuredFields.values(item.getId());
        if (values.isEmpty() || category == null) {
            return;
        }
        List<ShownField> shown = structuredFields.shown(category.getId(), values, language);
        view.fields = shown;
        if (category.getContentType() == ContentType.LEGAL_DOCUMENT && !shown.isEmpty()) {
            view.legalDates = new ArticleView.LegalDates(
                    FieldValues.parseDate(values.get(LegalDocumentFields.EFFECTIVE_ON)),
                    FieldValues.parseDate(values.get(LegalDocumentFields.EXPIRES_ON)));
        }
    }
}
