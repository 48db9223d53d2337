package vn.cong.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.cong.editorial.ItemState;
import vn.cong.platform.TenantBoundEntityManager;

/** The current unit's obligations (tenant-filtered by EclipseLink like every tenant-owned query). */
@ApplicationScoped
@Transactional
public class ObligationRepository {

    @Inject
    TenantBoundEntityManager entityManagers;

    private EntityManager em() {
        return entityManagers.forCurrentTenant();
    }

    public Optional<Obligation> find(long id) {
        return Optional.ofNullable(em().find(Obligation.class, id));
    }

    public void add(Obligation obligation) {
        em().persist(obligation);
    }

    public void remove(Obligation obligation) {
        em().remove(obligation);
    }

    public Optional<Obligation> byKey(String dedupeKey) {
        return em().createQuery("select o from Obligation o where o.dedupeKey = :k", Obligation.class)
                .setParameter("k", dedupeKey).getResultStream().findFirst();
    }

    public List<Obligation> ofItem(long itemId) {
        return em().createQuery("select o from Obligation o where o.itemId = :i order by o.id", Obligation.class)
                .setParameter("i", itemId).getResultList();
    }

    /** Open periods of recurrences that a publication on {@code day} in {@code categoryId} meets (portal-wide ones too). */
    public List<Obligation> openPeriodsContaining(LocalDate day, long categoryId) {
        return em().createQuery("select o from Obligation o where o.source = :s and o.metAt is null"
                        + " and o.periodStart <= :d and o.periodEnd >= :d"
                        + " and (o.categoryId = :c or o.categoryId is null)", Obligation.class)
                .setParameter("s", ObligationSource.RECURRENCE).setParameter("d", day).setParameter("c", categoryId)
                .getResultList();
    }

    /** Every open obligation with a due moment: the ones whose status moves with time. */
    public List<Obligation> openWithDueDate() {
        return em().createQuery("select o from Obligation o where o.metAt is null and o.dueAt is not null"
                + " order by o.dueAt, o.id", Obligation.class).getResultList();
    }

    /** Obligations counted in [from, to] (due day, else trigger day), plus every one still open before it. */
    public List<Obligation> forDashboard(LocalDate from, LocalDate to) {
        return em().createQuery("select o from Obligation o where (o.countedOn >= :f and o.countedOn <= :t)"
                        + " or (o.metAt is null and o.countedOn < :f) order by o.dueAt, o.id", Obligation.class)
                .setParameter("f", from).setParameter("t", to).getResultList();
    }

    /** The earliest publication in [from, to) in a category, or in any category when {@code categoryId} is null. */
    public Optional<Object[]> firstPublication(Long categoryId, Instant from, Instant to) {
        String category = categoryId == null ? "" : " and i.categoryId = :c";
        var query = em().createQuery("select i.publishedAt, i.id from Item i where i.state = :p"
                + " and i.publishedAt >= :f and i.publishedAt < :t" + category + " order by i.publishedAt, i.id",
                Object[].class).setParameter("p", ItemState.PUBLISHED).setParameter("f", from).setParameter("t", to);
        if (categoryId != null) {
            query.setParameter("c", categoryId);
        }
        return query.setMaxResults(1).getResultStream().findFirst();
    }
}
