package vn.cong.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import vn.cong.identity.Actor;
import vn.cong.platform.DomainException;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.platform.VietnameseText;

/** Writes and reads the current unit's audit log. Writes join the caller's transaction: no action without its line. */
@ApplicationScoped
@Transactional
public class AuditLog {

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    Clock clock;

    /** Writes the line, stamped with the platform clock's time: the one place an audit line gets its time. */
    public void record(AuditEvent event) {
        event.stampAt(clock.instant());
        entityManagers.forCurrentTenant().persist(event);
    }

    public List<AuditEvent> forSubject(String subjectType, long subjectId) {
        return entityManagers.forCurrentTenant()
                .createQuery("select e from AuditEvent e where e.subjectType = :t and e.subjectId = :id"
                        + " order by e.occurredAt, e.id", AuditEvent.class)
                .setParameter("t", subjectType).setParameter("id", subjectId).getResultList();
    }

    /** One page of the lines matching {@code query}, newest first; 403 unless {@link AuditPolicy#maySee}. */
    public List<AuditEvent> search(Actor reader, AuditQuery query, int first, int max) {
        requireReader(reader);
        Filter filter = Filter.of(query);
        TypedQuery<AuditEvent> select = entityManagers.forCurrentTenant().createQuery("select e from AuditEvent e"
                + filter.where + " order by e.occurredAt desc, e.id desc", AuditEvent.class);
        filter.binder.forEach(bind -> bind.accept(select));
        return select.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Actor reader, AuditQuery query) {
        requireReader(reader);
        Filter filter = Filter.of(query);
        TypedQuery<Long> select = entityManagers.forCurrentTenant()
                .createQuery("select count(e) from AuditEvent e" + filter.where, Long.class);
        filter.binder.forEach(bind -> bind.accept(select));
        return select.getSingleResult();
    }

    /** The actions that occur in this unit's log, for the viewer's filter. */
    public List<String> actions(Actor reader) {
        requireReader(reader);
        return entityManagers.forCurrentTenant()
                .createQuery("select distinct e.action from AuditEvent e order by e.action", String.class)
                .getResultList();
    }

    private static void requireReader(Actor reader) {
        if (!AuditPolicy.maySee(reader)) {
            throw new DomainException(403, "auth.forbidden");
        }
    }

    /** The JPQL condition and parameters of a query; values are always bound, never concatenated. */
    private record Filter(String where, List<Consumer<TypedQuery<?>>> binder) {

        static Filter of(AuditQuery query) {
            List<String> conditions = new ArrayList<>();
            List<Consumer<TypedQuery<?>>> binder = new ArrayList<>();
            if (AuditQuery.given(query.actor())) {
                conditions.add("lower(e.actorName) like :actor escape '!'");
                binder.add(q -> q.setParameter("actor", like(query.actor())));
            }
            if (AuditQuery.given(query.action())) {
                conditions.add("e.action = :action");
                binder.add(q -> q.setParameter("action", query.action().strip()));
            }
            if (AuditQuery.given(query.subjectType())) {
                conditions.add("e.subjectType = :subjectType");
                binder.add(q -> q.setParameter("subjectType", query.subjectType().strip()));
            }
            if (query.subjectId() != null) {
                conditions.add("e.subjectId = :subjectId");
                binder.add(q -> q.setParameter("subjectId", query.subjectId()));
            }
            if (query.from() != null && query.until() != null && !query.from().isBefore(query.until())) {
                throw new DomainException(422, "audit.date.invalid");
            }
            if (query.from() != null) {
                conditions.add("e.occurredAt >= :from");
                binder.add(q -> q.setParameter("from", query.from()));
            }
            if (query.until() != null) {
                conditions.add("e.occurredAt < :until");
                binder.add(q -> q.setParameter("until", query.until()));
            }
            if (AuditQuery.given(query.text())) {
                conditions.add("(lower(e.detail) like :text escape '!' or lower(e.actorName) like :text escape '!'"
                        + " or lower(e.action) like :text escape '!')");
                binder.add(q -> q.setParameter("text", like(query.text())));
            }
            return new Filter(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), binder);
        }

        /** A contains-pattern; '!' escapes the wildcards (a backslash would mean different things in MySQL and H2). */
        private static String like(String typed) {
            String escaped = VietnameseText.nfc(typed.strip()).toLowerCase(Locale.ROOT)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_");
            return "%" + escaped + "%";
        }
    }
}
