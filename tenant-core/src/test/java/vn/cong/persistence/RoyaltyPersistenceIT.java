package vn.cong.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import jakarta.persistence.RollbackException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cong.catalog.Category;
import vn.cong.catalog.ContentType;
import vn.cong.editorial.Item;
import vn.cong.editorial.ItemDraft;
import vn.cong.royalty.ContributionKind;
import vn.cong.royalty.Contributor;
import vn.cong.royalty.RoyaltyBaseValue;
import vn.cong.royalty.RoyaltyCarryOver;
import vn.cong.royalty.RoyaltyLine;
import vn.cong.royalty.RoyaltyRate;
import vn.cong.royalty.RoyaltySheet;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitLevel;

/**
 * The royalty tables (V8) on a real MariaDB: money and coefficients keep their exact value, dates stay calendar days,
 * the database refuses to pay the same work on an item twice while adjustments may repeat, lines stay in their unit,
 * and the sheet row can be locked for update.
 */
class RoyaltyPersistenceIT {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final Instant PUBLISHED = Instant.parse("2026-11-20T02:00:00Z");
    private static final Instant CREATED = Instant.parse("2026-11-19T02:00:00Z");

    private static EntityManagerFactory emf;
    private static Unit daoTru;
    private static Unit vinhTuong;
    private static long itemId;

    @BeforeAll
    static void migrateAndSeed() {
        TestDatabase.recreateSchema();
        emf = TestDatabase.entityManagerFactory();
        daoTru = platform(em -> persist(em, new Unit(null, UnitLevel.COMMUNE, "Xã Đạo Trù", null, null, "daotru",
                "gov-red", CREATED)));
        vinhTuong = platform(em -> persist(em, new Unit(null, UnitLevel.DISTRICT, "Huyện Vĩnh Tường", null, null,
                "vinhtuong", "gov-blue", CREATED)));
        itemId = asUnit(daoTru, RoyaltyPersistenceIT::addItem);
    }

    @AfterAll
    static void close() {
        if (emf != null) {
            emf.close();
        }
    }

    @Test
    void coefficientsAmountsAndDatesRoundTripExactly() {
        asUnit(daoTru, em -> {
            em.persist(new RoyaltyRate(ContentType.ARTICLE, ContributionKind.WRITING, LocalDate.of(2024, 7, 1),
                    new BigDecimal("1.25"), null, PUBLISHED));
            em.persist(new RoyaltyBaseValue(LocalDate.of(2024, 7, 1), new BigDecimal("234000"), null, PUBLISHED));
            return null;
        });
        RoyaltyRate rate = asUnit(daoTru, em -> em.createQuery("select r from RoyaltyRate r where r.effectiveFrom = :d",
                RoyaltyRate.class).setParameter("d", LocalDate.of(2024, 7, 1)).getSingleResult());
        assertEquals(0, new BigDecimal("1.25").compareTo(rate.getCoefficient()));
        assertEquals(LocalDate.of(2024, 7, 1), rate.getEffectiveFrom());
        BigDecimal base = asUnit(daoTru, em -> em.createQuery("select b.amount from RoyaltyBaseValue b", BigDecimal.class)
                .getSingleResult());
        assertEquals(0, new BigDecimal("234000").compareTo(base));
    }

    @Test
    void theSameWorkOnAnItemIsPaidOnceButAdjustmentsMayRepeat() {
        Contributor collaborator = Contributor.outside("Nguyễn Văn Ảnh");
        asUnit(daoTru, em -> persist(em, line(collaborator)));
        assertThrows(RollbackException.class, () -> asUnit(daoTru, em -> persist(em, line(collaborator))));
        for (int i = 0; i < 2; i++) {
            asUnit(daoTru, em -> persist(em, RoyaltyLine.adjustment(NOVEMBER, collaborator, "Nguyễn Văn Ảnh",
                    ContributionKind.PHOTOS, null, null, new BigDecimal("-50000"), "Điều chỉnh tháng 10", 1L, PUBLISHED)));
        }
        List<RoyaltyLine> lines = asUnit(daoTru, em -> em.createQuery(
                "select l from RoyaltyLine l where l.period = :p and l.personKey = :k order by l.earnedAt, l.id",
                RoyaltyLine.class).setParameter("p", NOVEMBER.toString()).setParameter("k", collaborator.key())
                .getResultList());
        assertEquals(3, lines.size());
        assertEquals("Nguyễn Văn Ảnh", lines.get(0).getPersonName());
        assertEquals(0, new BigDecimal("292500").compareTo(lines.get(0).getAmount()));
        assertEquals(0, new BigDecimal("-50000").compareTo(lines.get(2).getAmount()));
        assertEquals(0L, (long) asUnit(vinhTuong, em -> em.createQuery("select count(l) from RoyaltyLine l",
                Long.class).getSingleResult()), "another unit sees none of them");
    }

    @Test
    void theMonthsSheetRowIsLockedForUpdate() {
        asUnit(daoTru, em -> persist(em, new RoyaltySheet(YearMonth.of(2026, 10))));
        RoyaltySheet locked = asUnit(daoTru, em -> em.createQuery("select s from RoyaltySheet s where s.period = :p",
                RoyaltySheet.class).setParameter("p", "2026-10").setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResult());
        assertEquals(YearMonth.of(2026, 10), locked.period());
        assertTrue(locked.getState().isOpen());
    }

    /**
     * A merged unit's royalty record, carried into its successor by {@link RoyaltyCarryOver}'s statements: a month
     * only the old unit had moves whole (a locked month stays locked), two open sheets of a month become the
     * successor's one, a month the old unit approved while the successor's is open stays the old unit's record, and
     * lines of a month without a sheet follow.
     */
    @Test
    void aMergedUnitsSheetsFollowItWithoutChangingAnApprovedMonth() {
        Unit old = platform(em -> persist(em, new Unit(null, UnitLevel.COMMUNE, "Xã Minh Quang", null, null,
                "minhquang", "gov-red", CREATED)));
        Unit successor = platform(em -> persist(em, new Unit(null, UnitLevel.COMMUNE, "Xã Hợp Châu", null, null,
                "hopchau", "gov-red", CREATED)));
        sheet(old, "2026-08", "LOCKED", "-1001");
        sheet(old, "2026-09", "APPROVED", "-1002");
        sheet(successor, "2026-09", "DRAFT", "-1003");
        sheet(old, "2026-10", "DRAFT", "-1004");
        sheet(successor, "2026-10", "DRAFT", "-1005");
        asUnit(old, em -> persist(em, adjustment("2026-12", "-1006")));

        platform(em -> {
            for (String statement : RoyaltyCarryOver.STATEMENTS) {
                em.createNativeQuery(statement).setHint("eclipselink.jdbc.allow-native-sql-query", true)
                        .setParameter(1, successor.getId()).setParameter(2, old.getId()).executeUpdate();
            }
            return null;
        });

        assertEquals(List.of("2026-08:LOCKED", "2026-09:DRAFT", "2026-10:DRAFT"), sheets(successor));
        assertEquals(List.of("2026-09:APPROVED"), sheets(old), "an approved month stays the old unit's record");
        assertEquals(List.of("2026-08:-1001", "2026-09:-1003", "2026-10:-1004", "2026-10:-1005", "2026-12:-1006"),
                lines(successor));
        assertEquals(List.of("2026-09:-1002"), lines(old));
    }

    private static void sheet(Unit unit, String month, String state, String amount) {
        asUnit(unit, em -> {
            em.persist(new RoyaltySheet(YearMonth.parse(month)));
            em.persist(adjustment(month, amount));
            return null;
        });
        platform(em -> em.createNativeQuery("update royalty_sheet set state = ?1 where tenant_id = ?2 and period_month = ?3")
                .setHint("eclipselink.jdbc.allow-native-sql-query", true).setParameter(1, state)
                .setParameter(2, unit.getId()).setParameter(3, month).executeUpdate());
    }

    private static RoyaltyLine adjustment(String month, String amount) {
        Contributor person = Contributor.outside("Lê Văn Bình");
        return RoyaltyLine.adjustment(YearMonth.parse(month), person, "Lê Văn Bình", ContributionKind.PHOTOS, null,
                null, new BigDecimal(amount), "Điều chỉnh", 1L, PUBLISHED);
    }

    private static List<String> sheets(Unit unit) {
        return asUnit(unit, em -> em.createQuery("select s from RoyaltySheet s order by s.period", RoyaltySheet.class)
                .getResultList().stream().map(s -> s.period() + ":" + s.getState().name()).toList());
    }

    private static List<String> lines(Unit unit) {
        return asUnit(unit, em -> em.createQuery("select l from RoyaltyLine l order by l.period, l.amount",
                RoyaltyLine.class).getResultList().stream()
                .map(l -> l.getPeriod() + ":" + l.getAmount().toBigInteger()).sorted().toList());
    }

    private static RoyaltyLine line(Contributor person) {
        return RoyaltyLine.publication(NOVEMBER, itemId, "Đạo Trù khai trương chợ phiên", ContentType.ARTICLE,
                ContributionKind.PHOTOS, person, person.collaboratorName(), new BigDecimal("1.25"),
                new BigDecimal("234000"), 1, new BigDecimal("292500"), PUBLISHED);
    }

    private static long addItem(EntityManager em) {
        Category news = new Category("tin-tuc", "Tin tức - Sự kiện", "News", ContentType.ARTICLE, 1, true);
        em.persist(news);
        em.flush();
        Item item = new Item(news.getId(), "vi", "cho-phien", 1L, CREATED);
        item.revise(new ItemDraft(news.getId(), "Đạo Trù khai trương chợ phiên", null, "<p>Nội dung</p>", "UBND xã",
                null, "vi"), "<p>Nội dung</p>", CREATED);
        em.persist(item);
        em.flush();
        return item.getId();
    }

    private static <T> T persist(EntityManager em, T entity) {
        em.persist(entity);
        return entity;
    }

    private static <T> T platform(Function<EntityManager, T> work) {
        return TestDatabase.platform(emf, work);
    }

    private static <T> T asUnit(Unit unit, Function<EntityManager, T> work) {
        return TestDatabase.asUnit(emf, unit.getId(), work);
    }

}
