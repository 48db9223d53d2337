package vn.cong.content;

import vn.cong.platform.Vietnam;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.cong.catalog.Category;
import vn.cong.catalog.CategoryRepository;
import vn.cong.catalog.ContentType;
import vn.cong.editorial.Item;
import vn.cong.editorial.ItemState;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.platform.VietnameseText;

/**
 * The document search of a unit's portal (REQUIREMENTS §3.5, VP Art. 8.1a): published items of its legal-document
 * categories, newest issue date first, filtered on their {@link ItemField} rows — the folded key of the number and
 * the issuer (contains), the form's code, the item's subject field, the issue date's range, each word of the
 * folded summary, and the in-force/expired status from the effective and expiry dates. A database query on folded
 * columns, indexed per (unit, field, key/date): no search engine at this scale.
 */
@ApplicationScoped
@Transactional
public class DocumentSearch {

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    CategoryRepository categories;

    @Inject
    StructuredFields fields;

    @Inject
    Clock clock;

    /** One page of results with their fields, and how many match in all. */
    public record Results(List<Found> found, long total, int page, int pageCount) {
    }

    /** One document: the item and its stored field values. */
    public record Found(Item item, Map<String, String> values, LegalStatus status) {

        public String value(String code) {
            return values.getOrDefault(code, "");
        }
    }

    public Results search(DocumentQuery query, String language) {
        List<Long> documentCategories = categories.all().stream()
                .filter(c -> c.getContentType() == ContentType.LEGAL_DOCUMENT).map(Category::getId).toList();
        LocalDate today = LocalDate.now(clock.withZone(Vietnam.ZONE));
        Page page = query(entityManagers.forCurrentTenant(), query, documentCategories, language, today);
        Map<Long, Map<String, String>> values = fields.values(page.items().stream().map(Item::getId).toList());
        List<Found> found = new ArrayList<>();
        for (Item item : page.items()) {
            Map<String, String> v = values.getOrDefault(item.getId(), Map.of());
            found.add(new Found(item, v, LegalStatus.on(today, FieldValues.parseDate(v.get(LegalDocumentFields.EFFECTIVE_ON)),
                    FieldValues.parseDate(v.get(LegalDocumentFields.EXPIRES_ON)))));
        }
        int pageCount = (int) Math.max(1, (page.total() + DocumentQuery.PAGE_SIZE - 1) / DocumentQuery.PAGE_SIZE);
        return new Results(found, page.total(), query.page(), pageCount);
    }

    /** A page of matching items and the total. */
    public record Page(List<Item> items, long total) {
    }

    /**
     * The query itself on a tenant-bound entity manager (the persistence tests run it on H2 and MariaDB outside
     * the container).
     */
    public static Page query(EntityManager em, DocumentQuery query, Collection<Long> categoryIds, String language,
                             LocalDate today) {
        if (categoryIds.isEmpty()) {
            return new Page(List.of(), 0);
        }
        StringBuilder where = new StringBuilder(" from Item i, ItemField d where d.itemId = i.id and d.fieldCode = '")
                .append(LegalDocumentFields.ISSUED_ON).append("' and i.state = :published and i.language = :language"
                        + " and i.categoryId in :categories");
        List<Consumer<TypedQuery<?>>> parameters = new ArrayList<>();
        parameters.add(q -> q.setParameter("published", ItemState.PUBLISHED));
        parameters.add(q -> q.setParameter("language", language));
        parameters.add(q -> q.setParameter("categories", categoryIds));
        keyContains(where, parameters, "number", LegalDocumentFields.NUMBER, query.number());
        keyContains(where, parameters, "issuer", LegalDocumentFields.ISSUER, query.issuer());
        if (query.form() != null) {
            where.append(" and exists (select f from ItemField f where f.itemId = i.id and f.fieldCode = '")
                    .append(LegalDocumentFields.FORM).append("' and f.keyValue = :form)");
            parameters.add(q -> q.setParameter("form", VietnameseText.fold(query.form())));
        }
        if (query.field() != null) {
            where.append(" and i.fieldCode = :field");
            parameters.add(q -> q.setParameter("field", query.field()));
        }
        if (query.from() != null) {
            where.append(" and d.dateValue >= :from");
            parameters.add(q -> q.setParameter("from", query.from()));
        }
        if (query.to() != null) {
            where.append(" and d.dateValue <= :to");
            parameters.add(q -> q.setParameter("to", query.to()));
        }
        List<String> words = VietnameseText.foldedWords(query.words());
        for (int n = 0; n < words.size() && n < 8; n++) {
            String name = "word" + n;
            String pattern = VietnameseText.containsPattern(words.get(n));
            where.append(" and exists (select f from ItemField f where f.itemId = i.id and f.fieldCode = '")
                    .append(LegalDocumentFields.SUMMARY).append("' and f.foldedText like :").append(name)
                    .append(" escape '!')");
            parameters.add(q -> q.setParameter(name, pattern));
        }
        if (query.status() != null) {
            String expired = "exists (select f from ItemField f where f.itemId = i.id and f.fieldCode = '"
                    + LegalDocumentFields.EXPIRES_ON + "' and f.dateValue <= :today)";
            if (query.status() == LegalStatus.EXPIRED) {
                where.append(" and ").append(expired);
            } else {
                where.append(" and not ").append(expired).append(" and not exists (select f from ItemField f where"
                        + " f.itemId = i.id and f.fieldCode = '").append(LegalDocumentFields.EFFECTIVE_ON)
                        .append("' and f.dateValue > :today)");
            }
            parameters.add(q -> q.setParameter("today", today));
        }
        TypedQuery<Long> count = em.createQuery("select count(i)" + where, Long.class);
        TypedQuery<Item> select = em.createQuery("select i" + where + " order by d.dateValue desc, i.id desc", Item.class);
        parameters.forEach(p -> {
            p.accept(count);
            p.accept(select);
        });
        long total = count.getSingleResult();
        List<Item> items = select.setFirstResult(query.firstResult()).setMaxResults(DocumentQuery.PAGE_SIZE)
                .getResultList();
        return new Page(items, total);
    }

    private static void keyContains(StringBuilder where, List<Consumer<TypedQuery<?>>> parameters, String name,
                                    String fieldCode, String typed) {
        if (typed == null) {
            return;
        }
        String pattern = VietnameseText.containsPattern(VietnameseText.fold(typed).replaceAll("\\s+", " "));
        where.append(" and exists (select f from ItemField f where f.itemId = i.id and f.fieldCode = '")
                .append(fieldCode).append("' and f.keyValue like :").append(name).append(" escape '!')");
        parameters.add(q -> q.setParameter(name, pattern));
    }
}
