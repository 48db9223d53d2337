package vn.cong.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cong.catalog.Category;
import vn.cong.catalog.ContentType;
import vn.cong.editorial.Item;
import vn.cong.editorial.ItemDraft;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitLevel;

/**
 * The tenancy mechanism against a real MariaDB through Connector/J: rows are stamped with their unit,
 * every query of one unit sees only its own rows, and a query without a unit fails instead of
 * returning everything.
 */
class TenantIsolationPersistenceIT {

    private static final String TITLE = "Đạo Trù tổ chức Lễ hội Xuân Tây Thiên — ỗ ữ ặ ễ 😀";
    private static final Instant CREATED = Instant.parse("2026-11-20T02:00:00Z");

    private static EntityManagerFactory emf;
    private static Unit daoTru;
    private static Unit vinhTuong;
    private static long daoTruItemId;

    @BeforeAll
    static void migrateAndSeed() {
        TestDatabase.recreateSchema();
        emf = TestDatabase.entityManagerFactory();
        daoTru = platform(em -> persist(em, new Unit(null, UnitLevel.COMMUNE, "Xã Đạo Trù", null, null, "daotru",
                "gov-red", CREATED)));
        vinhTuong = platform(em -> persist(em, new Unit(null, UnitLevel.DISTRICT, "Huyện Vĩnh Tường", null, null,
                "vinhtuong", "gov-blue", CREATED)));
        daoTruItemId = asUnit(daoTru, em -> addItem(em, Normalizer.normalize(TITLE, Normalizer.Form.NFD)));
        asUnit(vinhTuong, em -> addItem(em, "Vĩnh Tường triển khai chuyển đổi số"));
    }

    @AfterAll
    static void close() {
        if (emf != null) {
            emf.close();
        }
    }

    @Test
    void insertsAreStampedWithTheirUnit() {
        Item item = asUnit(daoTru, em -> em.find(Item.class, daoTruItemId));
        assertEquals(daoTru.getId(), item.getTenantId());
    }

    @Test
    void aUnitSeesOnlyItsOwnRows() {
        List<String> titles = asUnit(vinhTuong, em -> em.createQuery("select i.title from Item i", String.class)
                .getResultList());
        assertEquals(List.of("Vĩnh Tường triển khai chuyển đổi số"), titles);
        assertEquals(1L, (long) asUnit(vinhTuong, em -> em.createQuery("select count(c) from Category c", Long.class)
                .getSingleResult()));
    }

    @Test
    void anotherUnitsItemIsNotFoundById() {
        assertNull(asUnit(vinhTuong, em -> em.find(Item.class, daoTruItemId)));
    }

    @Test
    void aQueryWithoutAUnitFails() {
        EntityManager em = emf.createEntityManager();
        try {
            assertThrows(PersistenceException.class,
                    () -> em.createQuery("select i from Item i", Item.class).getResultList());
        } finally {
            em.close();
        }
    }

    @Test
    void vietnameseIsStoredComposedAndReadBackExactly() throws Exception {
        Item item = asUnit(daoTru, em -> em.find(Item.class, daoTruItemId));
        assertEquals(TITLE, item.getTitle());
        try (Connection connection = DriverManager.getConnection(TestDatabase.url(), TestDatabase.user(),
                TestDatabase.password());
             ResultSet rs = connection.createStatement().executeQuery(
                     "select title, hex(title) from item where id = " + daoTruItemId)) {
            assertTrue(rs.next());
            assertEquals(TITLE, rs.getString(1));
            assertTrue(rs.getString(2).contains("F09F9880"), "the emoji is stored as 4-byte utf8mb4");
        }
    }

    @Test
    void tablesAreUtf8mb4() throws Exception {
        try (Connection connection = DriverManager.getConnection(TestDatabase.url(), TestDatabase.user(),
                TestDatabase.password());
             ResultSet rs = connection.createStatement().executeQuery("select table_name, table_collation"
                     + " from information_schema.tables where table_schema = database()"
                     + " and table_name in ('item', 'unit', 'account')")) {
            int tables = 0;
            while (rs.next()) {
                tables++;
                assertEquals("utf8mb4_unicode_ci", rs.getString(2), rs.getString(1));
            }
            assertEquals(3, tables);
        }
    }

    private static long addItem(EntityManager em, String title) {
        Category news = new Category("tin-tuc", "Tin tức - Sự kiện", "News", ContentType.ARTICLE, 1, true);
        em.persist(news);
        em.flush();
        Item item = new Item(news.getId(), "vi", "bai-" + Math.abs(title.hashCode()), 1L, CREATED);
        item.revise(new ItemDraft(news.getId(), title, null, "<p>Nội dung</p>", "UBND xã", null, "vi"), "<p>Nội dung</p>",
                CREATED);
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
