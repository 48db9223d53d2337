package vn.cong.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cong.persistence.TestDatabase;

/**
 * The calendar migration on the embedded database (H2, in memory) with the product's Flyway scripts and
 * persistence unit: it seeds exactly the published 2025 and 2026 schedules, and stores new lines. The same script
 * runs on MariaDB in {@code ./cong test} (the Arquillian tests read the seeded schedule through the API).
 */
class OfficialScheduleMigrationTest {

    private static final Instant CREATED = Instant.parse("2026-11-20T02:00:00Z");

    private static EntityManagerFactory emf;

    @BeforeAll
    static void migrate() {
        emf = TestDatabase.migratedH2("calendar-migration");
    }

    @AfterAll
    static void close() {
        if (emf != null) {
            emf.close();
        }
    }

    @Test
    void theMigrationSeedsThePublishedSchedulesOf2025And2026() {
        assertEquals(PublishedSchedules.LINES, stored());
    }

    @Test
    void theSeededScheduleGivesTheOfficialTetBreakOf2025() {
        WorkingCalendar calendar = new InMemoryWorkingCalendar(stored(), OfficeHours.DEFAULT);
        List<LocalDate> off = LocalDate.of(2025, 1, 20).datesUntil(LocalDate.of(2025, 2, 8))
                .filter(d -> !calendar.isWorkingDay(d)).toList();
        assertEquals(LocalDate.of(2025, 1, 25).datesUntil(LocalDate.of(2025, 2, 3)).toList(), off,
                "nine days, 25 January – 2 February 2025");
    }

    @Test
    void aNewLineIsStoredWithItsVietnameseNameAndOnlyOnePerDate() {
        LocalDate date = LocalDate.of(2027, 2, 10);
        Adjustment line = Adjustment.dayOff(date, "Nghỉ bù Tết Đinh Mùi — ngày mùng 5",
                "Compensatory Tết day", "Thông báo thử nghiệm");
        inTransaction(em -> {
            em.persist(new CalendarAdjustment(line, "vanhanh", CREATED));
            return null;
        });
        CalendarAdjustment read = inTransaction(em -> em.createQuery(
                "select a from CalendarAdjustment a where a.date = :d", CalendarAdjustment.class)
                .setParameter("d", date).getSingleResult());
        assertEquals(line, read.toAdjustment());
        assertEquals("vanhanh", read.getCreatedBy());
        assertThrows(PersistenceException.class, () -> inTransaction(em -> {
            em.persist(new CalendarAdjustment(line, "vanhanh", CREATED));
            return null;
        }));
        inTransaction(em -> em.createQuery("delete from CalendarAdjustment a where a.date = :d")
                .setParameter("d", date).executeUpdate());
    }

    private static List<Adjustment> stored() {
        return inTransaction(em -> em.createQuery("select a from CalendarAdjustment a order by a.date",
                CalendarAdjustment.class).getResultStream().map(CalendarAdjustment::toAdjustment).toList());
    }

    private static <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
