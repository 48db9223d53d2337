package vn.cong.editorial;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.cong.platform.TenantBoundEntityManager;

/** The current unit's items. Every query here is tenant-filtered by EclipseLink. */
@ApplicationScoped
@Transactional
public class ItemRepository {

    @Inject
    TenantBoundEntityManager entityManagers;

    private EntityManager em() {
        return entityManagers.forCurrentTenant();
    }

    public Optional<Item> find(long id) {
        return Optional.ofNullable(em().find(Item.class, id));
    }

    public void add(Item item) {
        em().persist(item);
    }

    public boolean slugTaken(String slug) {
        return em().createQuery("select count(i) from Item i where i.slug = :s", Long.class)
                .setParameter("s", slug).getSingleResult() > 0;
    }

    public Optional<Item> publishedBySlug(String slug) {
        return em().createQuery("select i from Item i where i.slug = :s and i.state = :st", Item.class)
                .setParameter("s", slug).setParameter("st", ItemState.PUBLISHED).getResultStream().findFirst();
    }

    public List<Item> published(long categoryId, String language, int first, int max) {
        return em().createQuery("select i from Item i where i.categoryId = :c and i.state = :st and i.language = :l"
                        + " order by i.publishedAt desc, i.id desc", Item.class)
                .setParameter("c", categoryId).setParameter("st", ItemState.PUBLISHED).setParameter("l", language)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long countPublished(long categoryId, String language) {
        return em().createQuery("select count(i) from Item i where i.categoryId = :c and i.state = :st"
                        + " and i.language = :l", Long.class)
                .setParameter("c", categoryId).setParameter("st", ItemState.PUBLISHED).setParameter("l", language)
                .getSingleResult();
    }

    public List<Item> inState(ItemState state) {
        return em().createQuery("select i from Item i where i.state = :st order by i.updatedAt", Item.class)
                .setParameter("st", state).getResultList();
    }

    public List<Item> createdBy(long accountId) {
        return em().createQuery("select i from Item i where i.createdBy = :a order by i.updatedAt desc", Item.class)
                .setParameter("a", accountId).getResultList();
    }

    /** Items published in [from, to), per category id. */
    public List<Object[]> publishedCountByCategory(Instant from, Instant to) {
        return em().createQuery("select i.categoryId, count(i) from Item i where i.state = :st"
                        + " and i.publishedAt >= :f and i.publishedAt < :t group by i.categoryId", Object[].class)
                .setParameter("st", ItemState.PUBLISHED).setParameter("f", from).setParameter("t", to)
                .getResultList();
    }
}
