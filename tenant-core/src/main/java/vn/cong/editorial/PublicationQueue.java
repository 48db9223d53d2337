package vn.cong.editorial;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.cong.platform.TenantBoundEntityManager;

/**
 * The rows of {@link ScheduledPublication}: written by {@link ItemTransitions} in the transaction that schedules
 * or unschedules an item, read and claimed by the {@link ScheduledPublisher}. A claim is a row lock
 * ({@code SELECT … FOR UPDATE}) taken in the transaction that publishes the item and deletes the row: a second
 * instance waits for the lock, then finds no row, so an item is published once however many instances run.
 */
@ApplicationScoped
@Transactional
public class PublicationQueue {

    @Inject
    TenantBoundEntityManager entityManagers;

    public void put(long unitId, long itemId, Instant dueAt) {
        EntityManager em = entityManagers.platform();
        find(em, itemId).ifPresentOrElse(row -> row.reschedule(dueAt),
                () -> em.persist(new ScheduledPublication(unitId, itemId, dueAt)));
    }

    public void remove(long itemId) {
        EntityManager em = entityManagers.platform();
        find(em, itemId).ifPresent(em::remove);
    }

    /** Rows due at {@code now}, oldest first, at most {@code max} (the next run takes the rest). */
    public List<ScheduledPublication> due(Instant now, int max) {
        return due(entityManagers.platform(), now, max);
    }

    /** Locks the row for this transaction; empty when another instance already published it. */
    public Optional<ScheduledPublication> claim(long rowId) {
        return claim(entityManagers.platform(), rowId);
    }

    public void release(ScheduledPublication claimed) {
        entityManagers.platform().remove(claimed);
    }

    /** The due query on a given entity manager (the persistence tests run it outside the container). */
    public static List<ScheduledPublication> due(EntityManager em, Instant now, int max) {
        return em.createQuery("select s from ScheduledPublication s where s.dueAt <= :now order by s.dueAt, s.id",
                ScheduledPublication.class).setParameter("now", now).setMaxResults(max).getResultList();
    }

    /** The claim on a given entity manager: {@code SELECT … FOR UPDATE} of the row, empty once it is gone. */
    public static Optional<ScheduledPublication> claim(EntityManager em, long rowId) {
        return Optional.ofNullable(em.find(ScheduledPublication.class, rowId, LockModeType.PESSIMISTIC_WRITE));
    }

    private static Optional<ScheduledPublication> find(EntityManager em, long itemId) {
        return em.createQuery("select s from ScheduledPublication s where s.itemId = :i", ScheduledPublication.class)
                .setParameter("i", itemId).getResultStream().findFirst();
    }
}
