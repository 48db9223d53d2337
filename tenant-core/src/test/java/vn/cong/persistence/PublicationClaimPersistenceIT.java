package vn.cong.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.persistence.config.EntityManagerProperties;
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
 * The scheduler's claim against a real MariaDB: two instances reach for the same due row; the second waits on the
 * row lock while the first publishes, then finds the row gone — so an item is published once, however many
 * instances run the scheduler.
 */
class PublicationClaimPersistenceIT {

    private static final Instant NINE = Instant.parse("2026-11-20T02:00:00Z");

    private static EntityManagerFactory emf;
    private static Unit daoTru;
    private static long dueAtNine;
    private static long claimedTwice;

    @BeforeAll
    static void migrateAndQueueTwoItems() {
        TestDatabase.recreateSchema();
        emf = TestDatabase.entityManagerFactory();
        daoTru = inTransaction(emf.createEntityManager(), em -> {
            Unit unit = new Unit(null, UnitLevel.COMMUNE, "Xã Đạo Trù", null, null, "daotru", "gov-red");
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
            Item item = new Item(category, "vi", slug, 1L);
            item.revise(new ItemDraft(category, "Tin hẹn giờ " + slug, null, "<p>Nội dung</p>", null, null, "vi"),
                    "<p>Nội dung</p>");
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
        return inTransaction(emf.createEntityManager(
                Map.of(EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT, String.valueOf(daoTru.getId()))), work);
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
    void aSecondInstanceWaitsForTheFirstClaimThenFindsTheRowGone() throws Exception {
        EntityManager first = emf.createEntityManager();
        first.getTransaction().begin();
        Optional<ScheduledPublication> claimed = PublicationQueue.claim(first, claimedTwice);
        assertTrue(claimed.isPresent(), "the first instance claims the row");

        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> inTransaction(emf.createEntityManager(),
                em -> PublicationQueue.claim(em, claimedTwice).isPresent()));
        assertTrue(aTransactionWaitsForALock(), "the second instance waits on the row lock");
        assertFalse(second.isDone());

        first.remove(claimed.get());
        first.getTransaction().commit();
        first.close();
        assertFalse(second.get(30, TimeUnit.SECONDS), "after the first committed, the row is gone for the second");
        assertFalse(inTransaction(emf.createEntityManager(), em -> PublicationQueue.due(em, NINE.plusSeconds(7200), 10))
                .stream().anyMatch(row -> row.getId() == claimedTwice), "deleted with the first claim");
    }

    /** Polls MariaDB's view of InnoDB transactions until one is waiting for a lock. */
    private static boolean aTransactionWaitsForALock() throws Exception {
        try (Connection connection = DriverManager.getConnection(TestDatabase.url(), TestDatabase.user(),
                TestDatabase.password())) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = connection.createStatement().executeQuery(
                        "select count(*) from information_schema.innodb_trx where trx_state = 'LOCK WAIT'")) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private static <T> T inTransaction(EntityManager em, java.util.function.Function<EntityManager, T> work) {
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
