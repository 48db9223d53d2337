package vn.cong.interaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.cong.platform.TenantBoundEntityManager;

/**
 * The current unit's questions: by the tracking code a person types or a merge names; and one state's queue (all of
 * it, or what is routed to one person), oldest due first and bounded, with its tally — how many, how many overdue,
 * how many very overdue — counted by the database. The queue and the tally take an entity manager too, so that the
 * persistence tests run them outside the container.
 */
@ApplicationScoped
public class QuestionRepository {

    /** The order of every queue of questions: oldest due first, those without a due date last, then by receipt. */
    static final String OLDEST_DUE_FIRST = " order by case when q.dueAt is null then 1 else 0 end, q.dueAt,"
            + " q.receivedAt, q.id";

    @Inject
    TenantBoundEntityManager entityManagers;

    public Optional<Question> byCode(TrackingCode code) {
        return entityManagers.forCurrentTenant().createQuery("select q from Question q where q.receivedDay = :d"
                        + " and q.dayNumber = :n", Question.class)
                .setParameter("d", code.day()).setParameter("n", code.number()).getResultStream().findFirst();
    }

    /** The first {@code max} questions in {@code state} (only those routed to {@code routedTo} unless null). */
    public List<Question> queue(QuestionState state, Long routedTo, int max) {
        return queue(entityManagers.forCurrentTenant(), state, routedTo, max);
    }

    /** How many questions the queue holds, how many are due by {@code now}, how many before {@code veryOverdue}. */
    public Tally tally(QuestionState state, Long routedTo, Instant now, Instant veryOverdueBefore) {
        return tally(entityManagers.forCurrentTenant(), state, routedTo, now, veryOverdueBefore);
    }

    public static List<Question> queue(EntityManager em, QuestionState state, Long routedTo, int max) {
        return where(em, "select q", Question.class, state, routedTo, OLDEST_DUE_FIRST)
                .setMaxResults(Math.max(max, 1)).getResultList();
    }

    public static Tally tally(EntityManager em, QuestionState state, Long routedTo, Instant now,
                              Instant veryOverdueBefore) {
        Object[] row = where(em, "select count(q), sum(case when q.dueAt <= :now then 1 else 0 end),"
                + " sum(case when q.dueAt < :very then 1 else 0 end)", Object[].class, state, routedTo, "")
                .setParameter("now", now).setParameter("very", veryOverdueBefore).getSingleResult();
        return new Tally(number(row[0]), number(row[1]), number(row[2]));
    }

    /** A queue's numbers: the very overdue are some of the overdue, which are some of the total. */
    public record Tally(long total, long overdue, long veryOverdue) {
    }

    private static <T> TypedQuery<T> where(EntityManager em, String select, Class<T> type, QuestionState state,
                                           Long routedTo, String order) {
        TypedQuery<T> query = em.createQuery(select + " from Question q where q.state = :state"
                + (routedTo == null ? "" : " and q.routedTo = :to") + order, type).setParameter("state", state);
        return routedTo == null ? query : query.setParameter("to", routedTo);
    }

    /** A sum over no row is null. */
    private static long number(Object value) {
        return value == null ? 0L : ((Number) value).longValue();
    }
}
