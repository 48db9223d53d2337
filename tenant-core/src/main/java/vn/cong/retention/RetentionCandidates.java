package vn.cong.retention;

import vn.cong.platform.Vietnam;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.cong.catalog.Category;
import vn.cong.catalog.CategoryRepository;
import vn.cong.catalog.Retention;
import vn.cong.catalog.RetentionKind;
import vn.cong.catalog.RuleWording;
import vn.cong.content.LegalDocumentFields;
import vn.cong.editorial.Item;
import vn.cong.editorial.ItemState;
import vn.cong.platform.TenantBoundEntityManager;

/**
 * What the next retention run will archive in the current unit ({@link RetentionDecision} per published item of every
 * category whose retention gives a day): items published more than N years ago, legal documents expired more than N
 * years ago (their expiry date is a structured field). The preview page and the run read the same list.
 */
@ApplicationScoped
@Transactional
public class RetentionCandidates {

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    CategoryRepository categories;

    public List<RetentionCandidate> on(LocalDate today, String language) {
        List<RetentionCandidate> candidates = new ArrayList<>();
        EntityManager em = entityManagers.forCurrentTenant();
        for (Category category : categories.all()) {
            Retention retention = category.getRetention();
            if (RetentionDecision.isApplied(retention)) {
                candidates.addAll(of(em, category, retention, today, language));
            }
        }
        candidates.sort(Comparator.comparing(RetentionCandidate::removableFrom).thenComparing(RetentionCandidate::itemId));
        return candidates;
    }

    private static List<RetentionCandidate> of(EntityManager em, Category category, Retention retention,
                                               LocalDate today, String language) {
        ZoneId zone = Vietnam.ZONE;
        List<Object[]> rows;
        if (retention.kind() == RetentionKind.YEARS) {
            Instant limit = today.minusYears(retention.years()).plusDays(1).atStartOfDay(zone).toInstant();
            rows = em.createQuery("select i, i.publishedAt from Item i where i.categoryId = :c and i.state = :p"
                            + " and i.publishedAt < :limit", Object[].class)
                    .setParameter("c", category.getId()).setParameter("p", ItemState.PUBLISHED)
                    .setParameter("limit", limit).getResultList();
        } else {
            rows = em.createQuery("select i, f.dateValue from Item i, ItemField f where f.itemId = i.id"
                            + " and f.fieldCode = :expiry and i.categoryId = :c and i.state = :p and f.dateValue <= :limit",
                            Object[].class)
                    .setParameter("expiry", LegalDocumentFields.EXPIRES_ON).setParameter("c", category.getId())
                    .setParameter("p", ItemState.PUBLISHED).setParameter("limit", today.minusYears(retention.years()))
                    .getResultList();
        }
        List<RetentionCandidate> found = new ArrayList<>();
        for (Object[] row : rows) {
            Item item = (Item) row[0];
            if (item.getPublishedAt() == null) {
                continue;
            }
            LocalDate published = item.getPublishedAt().atZone(zone).toLocalDate();
            LocalDate expired = retention.kind() == RetentionKind.YEARS_AFTER_EXPIRY ? (LocalDate) row[1] : null;
            RetentionDecision.removableFrom(retention, published, expired)
                    .filter(day -> !day.isAfter(today))
                    .ifPresent(day -> found.add(new RetentionCandidate(item.getId(), item.getTitle(), item.getSlug(),
                            category.getId(), category.getCode(), category.name(language), published, expired, day,
                            retention.notation(), RuleWording.retention(retention, language))));
        }
        return found;
    }
}
