package vn.cong.editorial;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
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

    /**
     * The item at a citizen address: published, or once published and since unpublished or archived (what the
     * address then answers depends on the unpublishing reason).
     */
    public Optional<Item> citizenVisibleBySlug(String slug) {
        return em().createQuery("select i from Item i where i.slug = :s and (i.state = :p or i.unpublishing.at is not null)",
                        Item.class)
                .setParameter("s", slug).setParameter("p", ItemState.PUBLISHED).getResultStream().findFirst();
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

    public List<Item> inStates(Collection<ItemState> states) {
        return em().createQuery("select i from Item i where i.state in :st order by i.stateSince, i.id", Item.class)
                .setParameter("st", states).getResultList();
    }

    public long countInState(ItemState state) {
        return em().createQuery("select count(i) from Item i where i.state = :st", Long.class)
                .setParameter("st", state).getSingleResult();
    }

    /** Escalated items waiting for this account's decision. */
    public List<Item> escalatedTo(long accountId) {
        return em().createQuery("select i from Item i where i.state = :st and i.escalatedTo = :a"
                        + " order by i.stateSince, i.id", Item.class)
                .setParameter("st", ItemState.ESCALATED).setParameter("a", accountId).getResultList();
    }

    /** Escalated items marked sensitive: the head's and deputies' to decide. */
    public List<Item> sensitiveEscalations() {
        return em().createQuery("select i from Item i where i.state = :st and i.sensitive = true"
                        + " order by i.stateSince, i.id", Item.class)
                .setParameter("st", ItemState.ESCALATED).getResultList();
    }

    /** Force-published items that no other board member has reviewed yet. */
    public List<Item> awaitingReview() {
        return em().createQuery("select i from Item i where i.state = :st and i.forcePublication.reviewPending = true"
                        + " order by i.publishedAt, i.id", Item.class)
                .setParameter("st", ItemState.PUBLISHED).getResultList();
    }

    /** Published items with a working revision the secretariat has not republished yet (amendments). */
    public List<Item> withPendingRevision() {
        return em().createQuery("select i from Item i where i.state = :st and i.amendment.revisionId is not null"
                        + " order by i.amendment.since, i.id", Item.class)
                .setParameter("st", ItemState.PUBLISHED).getResultList();
    }

    /** Recently published items, for choosing the item that consolidates another. */
    public List<Item> latestPublished(int max) {
        return em().createQuery("select i from Item i where i.state = :st order by i.publishedAt desc, i.id desc",
                        Item.class)
                .setParameter("st", ItemState.PUBLISHED).setMaxResults(max).getResultList();
    }

    public List<Item> createdBy(long accountId) {
        return em().createQuery("select i from Item i where i.createdBy = :a order by i.updatedAt desc", Item.class)
                .setParameter("a", accountId).getResultList();
    }
}
