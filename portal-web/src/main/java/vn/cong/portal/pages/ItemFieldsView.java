package vn.cong.portal.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import vn.cong.catalog.Category;
import vn.cong.catalog.ContentType;
import vn.cong.content.FieldValues;
import vn.cong.content.LegalDocumentFields;
import vn.cong.content.LegalStatus;
import vn.cong.content.ShownField;
import vn.cong.content.StructuredFields;
import vn.cong.editorial.Item;
import vn.cong.reporting.PublicationReports;
import vn.cong.tenancy.TenantContext;

/**
 * The structured fields of the article on a citizen page, as a definition list (label, value in words, a file to
 * download, a link to the public-service portal), and a legal document's in-force/expired status. Loaded by
 * {@link ArticlePage#load} inside the page's one read transaction (one query for an article without fields); the
 * view's getters are plain.
 */
@Named("itemFields")
@RequestScoped
public class ItemFieldsView {

    @Inject
    StructuredFields fields;

    @Inject
    TenantContext tenant;

    @Inject
    Clock clock;

    private List<ShownField> shown = List.of();
    private LegalStatus status;

    void load(Item item, Category category) {
        Map<String, String> values = fields.values(item.getId());
        if (values.isEmpty() || category == null) {
            return;
        }
        shown = fields.shown(category.getId(), values, tenant.language());
        if (category.getContentType() == ContentType.LEGAL_DOCUMENT && !shown.isEmpty()) {
            status = LegalStatus.on(clock.instant().atZone(PublicationReports.VIETNAM).toLocalDate(),
                    FieldValues.parseDate(values.get(LegalDocumentFields.EFFECTIVE_ON)),
                    FieldValues.parseDate(values.get(LegalDocumentFields.EXPIRES_ON)));
        }
    }

    public List<ShownField> getShown() {
        return shown;
    }

    /** The legal document's status in the reader's language; empty for other items. */
    public String getStatus() {
        return status == null ? "" : status.displayName(tenant.language());
    }

    public String getStatusCode() {
        return status == null ? "" : status.name();
    }
}
