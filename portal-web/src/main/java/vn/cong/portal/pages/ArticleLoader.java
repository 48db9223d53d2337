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
import vn.cong.editorial.ItemRevisions;
import vn.cong.editorial.PublicAppearance;
import vn.cong.editorial.PublicItems;
import vn.cong.tenancy.TenantContext;

/**
 * Reads one article of the current unit as citizens see it, in one read transaction: the revision that was
 * published (an amendment still being worked on stays out of sight), its category, the notes of its major changes
 * (as on GOV.UK) and its structured fields; whether it is shown, withdrawn, moved or gone is the editorial rule
 * ({@link PublicAppearance}), not this page's.
 */
@ApplicationScoped
public class ArticleLoader {

    @Inject
    TenantContext tenant;

    @Inject
    PublicItems publicItems;

    @Inject
    CategoryRepository categories;

    @Inject
    ItemRevisions revisions;

    @Inject
    StructuredFields structuredFields;

    @Inject
    vn.cong.consultation.Consultations consultations;

    /** Empty for an unknown or never-published slug. */
    @Transactional
    public Optional<CitizenArticle> load(String slug, String language) {
        PublicAppearance appearance = publicItems.bySlug(slug).orElse(null);
        if (appearance == null) {
            return Optional.empty();
        }
        if (appearance instanceof PublicAppearance.Moved moved) {
            return Optional.of(new CitizenArticle.Moved(moved.slug()));
        }
        if (!(appearance instanceof PublicAppearance.Shown shown)) {
            return Optional.of(new CitizenArticle.Gone());
        }
        Item item = shown.item();
        boolean withdrawn = shown.withdrawn();
        Category category = categories.find(item.getCategoryId()).orElse(null);
        ArticleView.Builder view = new ArticleView.Builder();
        view.slug = item.getSlug();
        view.title = item.getTitle();
        view.summary = item.getSummary();
        view.body = item.getBody();
        view.publishedAt = item.getPublishedAt();
        view.withdrawn = withdrawn;
        view.withdrawnAt = item.getUnpublishing().getAt();
        view.withdrawalNote = item.getUnpublishing().getNote();
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
        if (category != null && category.getContentType() == ContentType.CONSULTATION_DRAFT) {
            consultations.ofItem(item.getId()).map(c -> c.period()).ifPresent(p -> view.consultation =
                    new ArticleView.ConsultationNotice(PortalPage.formatDay(p.opensOn()),
                            PortalPage.formatDay(p.closesOn()), PublicRoute.CONSULTATION_PREFIX + item.getSlug()));
        }
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
