package vn.cong.portal.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cong.board.BoardDirectory;
import vn.cong.board.SubjectField;
import vn.cong.catalog.ContentType;
import vn.cong.content.ContentSchemas;
import vn.cong.content.DocumentQuery;
import vn.cong.content.DocumentSearch;
import vn.cong.content.EnumValue;
import vn.cong.content.FieldDefinition;
import vn.cong.content.LegalDocumentFields;
import vn.cong.tenancy.TenantContext;

/**
 * Tra cứu văn bản (REQUIREMENTS §3.5, VP Art. 8.1a): the unit's published legal documents by number, issuer, form,
 * subject field, issue-date range, words of the summary (with or without diacritics) and in-force/expired status,
 * ten to a page. A GET form with no script: every search has its own address, shareable, and the page cache keeps
 * each query string as its own page (publishing drops them like every citizen page).
 */
@Named
@RequestScoped
public class DocumentSearchPage {

    private static final String[] PARAMETERS = {"so", "co-quan", "hinh-thuc", "linh-vuc", "tu-ngay", "den-ngay", "q",
        "hieu-luc"};

    @Inject
    TenantContext tenant;

    @Inject
    DocumentSearch search;

    @Inject
    BoardDirectory board;

    @Inject
    HttpServletRequest request;

    private DocumentSearch.Results results;
    private List<SubjectField> fields;

    @Transactional
    public void load() {
        results = search.search(DocumentQuery.fromParameters(request::getParameter), tenant.language());
        fields = board.fields();
    }

    public DocumentSearch.Results getResults() {
        return results;
    }

    public List<SubjectField> getFields() {
        return fields;
    }

    public List<EnumValue> getForms() {
        return ContentSchemas.forType(ContentType.LEGAL_DOCUMENT).flatMap(s -> s.field(LegalDocumentFields.FORM))
                .map(FieldDefinition::values).orElse(List.of());
    }

    /** A stored value in words (a form's label, a date as dd/MM/yyyy). */
    public String shown(DocumentSearch.Found found, String code) {
        return ContentSchemas.forType(ContentType.LEGAL_DOCUMENT).flatMap(s -> s.field(code))
                .map(f -> f.display(found.values().get(code), tenant.language())).orElse("");
    }

    /** What was searched for, to fill the form again. */
    public String param(String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value;
    }

    public boolean isSearched() {
        for (String name : PARAMETERS) {
            if (!param(name).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** The address of another page of the same search. */
    public String pageUrl(int page) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String name : PARAMETERS) {
            if (!param(name).isBlank()) {
                query.put(name, param(name));
            }
        }
        query.put("trang", String.valueOf(page));
        StringBuilder url = new StringBuilder(PublicRoute.DOCUMENT_SEARCH_PATH).append('?');
        query.forEach((k, v) -> url.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&'));
        return url.substring(0, url.length() - 1);
    }
}
