package vn.cong.persistence;

import static vn.cong.persistence.TestDatabase.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cong.catalog.Category;
import vn.cong.catalog.ContentType;
import vn.cong.editorial.Item;
import vn.cong.editorial.ItemDraft;
import vn.cong.editorial.PublicationQueue;
import vn.cong.editorial.ScheduledPublication;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitLevel;

/**
 * The scheduler's claim against a real MariaDB: while one instance holds its claim the row is locked, and another
 * instance reaching for the same row finds it gone once the first has published — so an item is published once,
 * however many instances run the scheduler.
 */
class PublicationClaimPersistenceIT {

    private static final Instant NINE = Instant.parse("2026-11-20T02:00:00Z");
    private static final Instant CREATED = Instant.parse("2026-11-19T02:00:00Z");

    private static EntityManagerFactory emf;
    private static Unit daoTru;
    private static long dueAtNine;
    private static long claimedTwice;

    @BeforeAll
    static void migrateAndQueueTwoItems() {
        TestDatabase.recreateSchema();
        emf = TestDatabase.entityManagerFactory();
        daoTru = inTransaction(emf.createEntityManager(), em -> {
            Unit unit = new Unit(null, UnitLevel.COMMUNE, "Xã Đạo Trù", null, null, "daotru", "gov-red", CREATED);
            em.persist(unit);
            return unit;
        });
        long category = asUnit(em -> {
            Category news = new Category("tin-tuc", "Tin tức - Sự kiện", "News", ContentType.ARTICLE, 1, true);
            em.persist(news);
            em.flush();
            return news.getId();
        });
        dueAtNine = queue(category, "hen-gio-chin-gio", NINE);
        claimedTwice = queue(category, "hen-gio-muoi-gio", NINE.plusSeconds(3600));
    }

    /** A scheduled item and its queue row; returns the row's id. */
    private static long queue(long category, String slug, Instant due) {
        long itemId = asUnit(em -> {
            Item item = new Item(category, "vi", slug, 1L, CREATED);
            item.revise(new ItemDraft(category, "Tin hẹn giờ " + slug, null, "<p>Nội dung</p>", null, null, "vi"),
                    "<p>Nội dung</p>", CREATED);
            em.persist(item);
            em.flush();
            return item.getId();
        });
        return inTransaction(emf.createEntityManager(), em -> {
            ScheduledPublication row = new ScheduledPublication(daoTru.getId(), itemId, due);
            em.persist(row);
            em.flush();
            return row.getId();
        });
    }

    private static <T> T asUnit(java.util.function.Function<EntityManager, T> work) {
        return TestDatabase.asUnit(emf, daoTru.getId(), work);
    }

    @AfterAll
    static void close() {
        if (emf != null) {
            emf.close();
        }
    }

    @Test
    void aRowIsDueFromItsTimeOn() {
        List<Long> before = inTransaction(emf.createEntityManager(), em -> PublicationQueue.due(em, NINE.minusSeconds(1), 10)
                .stream().map(ScheduledPublication::getId).toList());
        List<Long> at = inTransaction(emf.createEntityManager(), em -> PublicationQueue.due(em, NINE, 10)
                .stream().map(ScheduledPublication::getId).toList());
        assertEquals(List.of(), before);
        assertEquals(List.of(dueAtNine), at);
    }

    @Test
    void whileOneInstanceHoldsItsClaimTheRowIsLockedAndTheOtherNeverGetsIt() throws Exception {
        EntityManager first = emf.createEntityManager();
        first.getTransaction().begin();
        Optional<ScheduledPublication> claimed = PublicationQueue.claim(first, claimedTwice);
        assertTrue(claimed.isPresent(), "the first instance claims the row");
        assertTrue(isLocked(claimedTwice), "the claim holds the row's lock");
        assertFalse(isLocked(dueAtNine), "a row nobody claimed is free");

        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> inTransaction(emf.createEntityManager(),
                em -> PublicationQueue.claim(em, claimedTwice).isPresent()));
        first.remove(claimed.get());
        first.getTransaction().commit();
        first.close();
        assertFalse(second.get(60, TimeUnit.SECONDS), "the second instance finds the row gone, whenever it looked");
        assertFalse(inTransaction(emf.createEntityManager(), em -> PublicationQueue.due(em, NINE.plusSeconds(7200), 10))
                .stream().anyMatch(row -> row.getId() == claimedTwice), "deleted with the first claim");
    }

    /** True when another transaction holds the row's lock: MariaDB's NOWAIT refuses at once instead of waiting. */
    private static boolean isLocked(long id) throws Exception {
        try (Connection connection = DriverManager.getConnection(TestDatabase.url(), TestDatabase.user(),
                TestDatabase.password())) {
            connection.setAutoCommit(false);
            try (ResultSet rs = connection.createStatement().executeQuery(
                    "select id from scheduled_publication where id = " + id + " for update nowait")) {
                return !rs.next();
            } catch (SQLException refused) {
                return true;
            } finally {
                connection.rollback();
            }
        }
    }

}
