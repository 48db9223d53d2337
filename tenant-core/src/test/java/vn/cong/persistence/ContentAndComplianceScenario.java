package vn.cong.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.persistence.config.EntityManagerProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.cong.calendar.InMemoryWorkingCalendar;
import vn.cong.catalog.Category;
import vn.cong.catalog.ContentType;
import vn.cong.catalog.Deadline;
import vn.cong.catalog.DeadlineKind;
import vn.cong.catalog.Rule;
import vn.cong.catalog.Trigger;
import vn.cong.compliance.ComplianceFigures;
import vn.cong.compliance.Due;
import vn.cong.compliance.Obligation;
import vn.cong.compliance.ObligationSource;
import vn.cong.compliance.StatusCounts;
import vn.cong.compliance.StatusRule;
import vn.cong.content.ContentSchema;
import vn.cong.content.ContentSchemas;
import vn.cong.content.DocumentQuery;
import vn.cong.content.DocumentSearch;
import vn.cong.content.ItemField;
import vn.cong.content.LegalStatus;
import vn.cong.editorial.Item;
import vn.cong.editorial.ItemDraft;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitLevel;

/**
 * The document search and the compliance figures as the product's queries run them on the product's tables (V11,
 * V12): folded keys and words, date ranges, in-force/expired, paging, one unit never seeing another's; counts by
 * status and category with open obligations classified at the query's moment. Run on H2
 * ({@link ContentAndComplianceOnH2Test}) and on MariaDB ({@link ContentAndCompliancePersistenceIT}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ContentAndComplianceScenario {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    /** When the scenario's units and items were created. */
    private static final Instant CREATED = Instant.parse("2026-11-20T02:00:00Z");
    private static final ContentSchema LEGAL = ContentSchemas.forType(ContentType.LEGAL_DOCUMENT).orElseThrow();

    private EntityManagerFactory emf;
    private Unit commune;
    private Unit other;
    private long documents;
    private long otherDocuments;
    private long regulation;
    private long expired;
    private long resolution;

    abstract EntityManagerFactory migratedDatabase();

    @BeforeAll
    void documentsOfTwoCommunes() {
        emf = migratedDatabase();
        commune = newCommune("xa-van-ban");
        other = newCommune("xa-khac");
        documents = category(commune);
        otherDocuments = category(other);
        regulation = document(commune, documents, true, "quyet-dinh", "15/2026/QĐ-UBND", "UBND xã Đạo Trù",
                "2026-02-12", "Quyết định ban hành Quy chế làm việc của Ủy ban nhân dân xã", null, null);
        expired = document(commune, documents, true, "quyet-dinh", "03/2024/QĐ-UBND", "UBND xã Đạo Trù",
                "2024-01-15", "Quyết định về giá dịch vụ trông giữ xe", "2024-02-01", "2025-12-31");
        resolution = document(commune, documents, true, "nghi-quyet", "07/NQ-HĐND", "HĐND xã Đạo Trù",
                "2026-07-01", "Nghị quyết về kế hoạch đầu tư công năm 2027", "2027-01-01", null);
        document(commune, documents, false, "quyet-dinh", "16/2026/QĐ-UBND", "UBND xã Đạo Trù", "2026-11-20",
                "Quyết định chưa đăng", null, null);
        document(other, otherDocuments, true, "quyet-dinh", "15/2026/QĐ-UBND", "UBND xã Khác", "2026-02-12",
                "Quyết định ban hành Quy chế làm việc", null, null);
        for (int n = 1; n <= 11; n++) {
            document(commune, documents, true, "cong-van", n + "/UBND-VP", "Văn phòng UBND xã", "2025-0" + (1 + n % 9)
                    + "-1" + (n % 9), "Công văn số " + n + " về việc triển khai nhiệm vụ", null, null);
        }
    }

    @AfterAll
    void close() {
        if (emf != null) {
            emf.close();
        }
    }

    @Test
    void aNumberIsFoundByPartOfItAndOnlyInTheUnitsOwnDocuments() {
        assertEquals(List.of(regulation), search(query("15/2026", null, null, null, null, null, null)));
    }

    @Test
    void summaryWordsWithoutDiacriticsFindTheDocument() {
        assertEquals(List.of(regulation), search(query(null, null, null, null, null, "quyet dinh quy che", null)));
        assertEquals(List.of(regulation), search(query(null, null, null, null, null, "Quy chế", null)));
        assertEquals(List.of(), search(query(null, null, null, null, null, "quy che chua dang", null)),
                "an unpublished document is not found");
    }

    @Test
    void theIssuerFormAndIssueDateRangeNarrowTheResults() {
        assertEquals(List.of(resolution), search(query(null, "hdnd", null, null, null, null, null)));
        assertEquals(List.of(resolution), search(query(null, null, "nghi-quyet", null, null, null, null)));
        assertEquals(List.of(resolution, regulation), search(query(null, "dao tru", null,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null, null)), "newest issue date first");
    }

    @Test
    void inForceAndExpiredFollowTheEffectiveAndExpiryDates() {
        assertEquals(List.of(expired), search(query(null, "dao tru", null, null, null, null, LegalStatus.EXPIRED)));
        assertEquals(List.of(regulation), search(query(null, "ubnd xa dao tru", null, null, null, null,
                LegalStatus.IN_FORCE)), "the resolution is not in force before 2027");
    }

    @Test
    void resultsComeTenToAPageWithTheTotal() {
        DocumentSearch.Page first = asUnit(commune, em -> DocumentSearch.query(em, DocumentQuery.all(),
                List.of(documents), "vi", TODAY));
        assertEquals(14, first.total());
        assertEquals(10, first.items().size());
        DocumentSearch.Page second = asUnit(commune, em -> DocumentSearch.query(em,
                new DocumentQuery(null, null, null, null, null, null, null, null, 2), List.of(documents), "vi", TODAY));
        assertEquals(4, second.items().size());
    }

    @Test
    void theFiguresCountEachStatusPerCategoryAtTheMomentOfTheQuery() {
        Unit unit = newCommune("xa-so-lieu");
        long category = category(unit);
        StatusRule rule = new StatusRule(InMemoryWorkingCalendar.withoutSchedule(), 2, 5);
        Rule sevenDays = Rule.deadline(Trigger.SIGNED, Deadline.workingDays(7), "VP Art. 6.2");
        Rule promptly = Rule.deadline(Trigger.INFORMATION_CHANGED, Deadline.of(DeadlineKind.PROMPTLY), "VP Art. 6.1");
        Instant now = TODAY.atTime(10, 0).atZone(VIETNAM).toInstant();
        asUnit(unit, em -> {
            obligation(em, category, sevenDays, LocalDate.of(2026, 11, 2), "on time", at(2026, 11, 5), rule, now);
            obligation(em, category, sevenDays, LocalDate.of(2026, 11, 2), "late", at(2026, 11, 16), rule, now);
            obligation(em, category, sevenDays, LocalDate.of(2026, 11, 3), "very overdue", null, rule, now);
            obligation(em, category, sevenDays, LocalDate.of(2026, 11, 9), "overdue", null, rule, now);
            obligation(em, category, sevenDays, LocalDate.of(2026, 11, 16), "due soon", null, rule, now);
            obligation(em, category, sevenDays, LocalDate.of(2026, 11, 20), "on time, open", null, rule, now);
            obligation(em, null, promptly, LocalDate.of(2026, 11, 10), "promptly", null, rule, now);
            obligation(em, category, sevenDays, LocalDate.of(2026, 6, 1), "outside the period", null, rule, now);
            return null;
        });
        ComplianceFigures.Counted counted = asUnit(unit, em -> ComplianceFigures.count(em, LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 12, 31), now, rule));
        assertEquals(new StatusCounts(2, 1, 2, 1, 1, 1), counted.total(),
                "due 12/11, seven working days before Monday 23/11: very overdue; due 18/11, three: overdue only");
        assertEquals(new StatusCounts(1, 1, 2, 1, 1, 1), counted.byCategory().get(category));
        assertEquals(new StatusCounts(1, 0, 0, 0, 0, 0), counted.byCategory().get(null), "the whole portal's rule");
        assertEquals(List.of("very overdue", "overdue"),
                counted.overdue().stream().map(Obligation::getSubject).toList());
        assertEquals(List.of(true, false), counted.overdue().stream().map(counted::isVeryOverdue).toList());
        assertTrue(asUnit(other, em -> ComplianceFigures.count(em, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                now, rule)).total().total() == 0, "another unit sees none of them");
    }

    private static Instant at(int year, int month, int day) {
        return LocalDate.of(year, month, day).atTime(9, 0).atZone(VIETNAM).toInstant();
    }

    private static void obligation(EntityManager em, Long category, Rule rule, LocalDate trigger, String subject,
                                   Instant metAt, StatusRule status, Instant now) {
        Due due = Due.of(rule, trigger.atStartOfDay(VIETNAM), InMemoryWorkingCalendar.withoutSchedule());
        Obligation o = Obligation.ofEvent(ObligationSource.REGISTERED, category, 0, rule.legalBasis(), rule.trigger(),
                trigger.atStartOfDay(VIETNAM).toInstant(), trigger, due, subject, "REG:" + subject, now);
        if (metAt != null) {
            o.meet(metAt, null, status, now);
        }
        em.persist(o);
    }

    private List<Long> search(DocumentQuery query) {
        return asUnit(commune, em -> DocumentSearch.query(em, query, List.of(documents), "vi", TODAY)).items()
                .stream().map(Item::getId).toList();
    }

    private static DocumentQuery query(String number, String issuer, String form, LocalDate from, LocalDate to,
                                       String words, LegalStatus status) {
        return new DocumentQuery(number, issuer, form, null, from, to, words, status, 1);
    }

    private long document(Unit unit, long category, boolean published, String form, String number, String issuer,
                          String issued, String summary, String effective, String expiry) {
        return asUnit(unit, em -> {
            Item item = new Item(category, "vi", "vb-" + System.nanoTime(), 1L, CREATED);
            item.revise(new ItemDraft(category, summary, null, "<p>" + summary + "</p>", null, null, "vi"),
                    "<p>" + summary + "</p>", CREATED);
            if (published) {
                item.markPublishedAt(LocalDate.parse(issued).atTime(10, 0).atZone(VIETNAM).toInstant(), 1L);
            }
            em.persist(item);
            em.flush();
            Map<String, String> values = new java.util.HashMap<>(Map.of("hinh-thuc", form, "so-ky-hieu", number,
                    "co-quan-ban-hanh", issuer, "ngay-ky", issued, "ngay-ban-hanh", issued, "trich-yeu", summary));
            if (effective != null) {
                values.put("ngay-hieu-luc", effective);
            }
            if (expiry != null) {
                values.put("ngay-het-hieu-luc", expiry);
            }
            values.forEach((code, value) -> em.persist(ItemField.of(item.getId(), LEGAL.field(code).orElseThrow(), value)));
            return item.getId();
        });
    }

    private long category(Unit unit) {
        return asUnit(unit, em -> {
            Category category = new Category("van-ban-" + System.nanoTime() % 100000, "Văn bản", "Documents",
                    ContentType.LEGAL_DOCUMENT, 1, false);
            em.persist(category);
            em.flush();
            return category.getId();
        });
    }

    private Unit newCommune(String label) {
        return inTransaction(emf.createEntityManager(), em -> {
            Unit unit = new Unit(null, UnitLevel.COMMUNE, "Xã " + label, null, null, label + System.nanoTime() % 100000,
                    "gov-red", CREATED);
            em.persist(unit);
            return unit;
        });
    }

    private <T> T asUnit(Unit unit, Function<EntityManager, T> work) {
        return inTransaction(emf.createEntityManager(
                Map.of(EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT, String.valueOf(unit.getId()))), work);
    }

    private static <T> T inTransaction(EntityManager em, Function<EntityManager, T> work) {
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            em.close();
        }
    }
}
