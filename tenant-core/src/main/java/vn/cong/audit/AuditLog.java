package vn.cong.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.cong.platform.TenantBoundEntityManager;

/** Writes and reads the current unit's audit log. Writes join the caller's transaction: no action without its line. */
@ApplicationScoped
@Transactional
public class AuditLog {

    @Inject
    TenantBoundEntityManager entityManagers;

    public void record(AuditEvent event) {
        entityManagers.forCurrentTenant().persist(event);
    }

    public List<AuditEvent> forSubject(String subjectType, long subjectId) {
        return entityManagers.forCurrentTenant()
                .createQuery("select e from AuditEvent e where e.subjectType = :t and e.subjectId = :id"
                        + " order by e.occurredAt, e.id", AuditEvent.class)
                .setParameter("t", subjectType).setParameter("id", subjectId).getResultList();
    }

    public List<AuditEvent> latest(int max) {
        return entityManagers.forCurrentTenant()
                .createQuery("select e from AuditEvent e order by e.occurredAt desc, e.id desc", AuditEvent.class)
                .setMaxResults(max).getResultList();
    }
}
