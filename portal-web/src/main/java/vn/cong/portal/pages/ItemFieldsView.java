package vn.cong.portal.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import vn.cong.catalog.CategoryRepository;
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
 * download, a link to the public-service portal), and a legal document's in-force/expired status.
 */
@Named("itemFields")
@RequestScoped
public class ItemFieldsView {

    @Inject
    StructuredFields fields;

    @Inject
    CategoryRepository categories;

    @Inject
    TenantContext tenant;

    @Inject
    Clock clock;

    private List<ShownField> shown;
    private LegalStatus status;

    @Transactional
    public List<ShownField> of(Item item) {
        if (shown == null) {
            shown = item == null ? List.of() : fields.shown(item, tenant.language());
            boolean legal = item != null && categories.find(item.getCategoryId())
                    .filter(c -> c.getContentType() == ContentType.LEGAL_DOCUMENT).isPresent();
            if (legal && !shown.isEmpty()) {
                Map<String, String> values = fields.values(item.getId());
                status = LegalStatus.on(clock.instant().atZone(PublicationReports.VIETNAM).toLocalDate(),
                        FieldValues.parseDate(values.get(LegalDocumentFields.EFFECTIVE_ON)),
                        FieldValues.parseDate(values.get(LegalDocumentFields.EXPIRES_ON)));
            }
        }
        return shown;
    }

    /** The legal document's status in the reader's language; empty for other items. */
    public String status(Item item) {
        of(item);
        return status == null ? "" : status.displayName(tenant.language());
    }

    public String statusCode(Item item) {
        of(item);
        return status == null ? "" : status.name();
    }
}
