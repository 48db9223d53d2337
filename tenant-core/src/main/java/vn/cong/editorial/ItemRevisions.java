package vn.cong.editorial;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.cong.identity.Actor;
import vn.cong.platform.TenantBoundEntityManager;

/**
 * The revisions of the current unit's items: written by {@link ItemAuthoring} on every save that changes the text,
 * marked published by {@link ItemTransitions} when the item (or its amendment) goes public, read by the history
 * screen, the API and the citizen page (change notes).
 */
@ApplicationScoped
@Transactional
public class ItemRevisions {

    @Inject
    TenantBoundEntityManager entityManagers;

    private EntityManager em() {
        return entityManagers.forCurrentTenant();
    }

    /**
     * Who wrote the item's text: the accounts that saved a revision of it (its author's first one included). A save
     * that changed nothing makes no revision and no contributor; royalties and the publication event count these.
     */
    public Set<Long> savers(long itemId) {
        return new TreeSet<>(em().createQuery("select distinct r.savedBy from ItemRevision r where r.itemId = :i",
                Long.class).setParameter("i", itemId).getResultList());
    }

    /** Oldest first. */
    public List<ItemRevision> of(long itemId) {
        return em().createQuery("select r from ItemRevision r where r.itemId = :i order by r.number", ItemRevision.class)
                .setParameter("i", itemId).getResultList();
    }

    public Optional<ItemRevision> find(long itemId, int number) {
        return em().createQuery("select r from ItemRevision r where r.itemId = :i and r.number = :n", ItemRevision.class)
                .setParameter("i", itemId).setParameter("n", number).getResultStream().findFirst();
    }

    public Optional<ItemRevision> latest(long itemId) {
        return em().createQuery("select r from ItemRevision r where r.itemId = :i order by r.number desc",
                ItemRevision.class).setParameter("i", itemId).setMaxResults(1).getResultStream().findFirst();
    }

    /** The revision citizens read now (or read last, for an item taken off the portal). */
    public Optional<ItemRevision> lastPublished(long itemId) {
        return em().createQuery("select r from ItemRevision r where r.itemId = :i and r.publishedAt is not null"
                        + " order by r.number desc", ItemRevision.class)
                .setParameter("i", itemId).setMaxResults(1).getResultStream().findFirst();
    }

    /** The text being worked on: a published item's pending amendment, otherwise the item's own text. */
    public ItemText workingText(Item item) {
        return pending(item).map(ItemRevision::text).orElseGet(item::text);
    }

    public Optional<ItemRevision> pending(Item item) {
        return item.getAmendment().getRevisionId() == null ? Optional.empty()
                : Optional.ofNullable(em().find(ItemRevision.class, item.getAmendment().getRevisionId()));
    }

    /**
     * The major changes citizens were told about, newest first: published revisions with a change note, after the
     * item's first publication (its first text is not a change).
     */
    public List<ItemRevision> publicChangeNotes(long itemId) {
        List<ItemRevision> published = em().createQuery("select r from ItemRevision r where r.itemId = :i"
                        + " and r.publishedAt is not null order by r.publishedAt, r.number", ItemRevision.class)
                .setParameter("i", itemId).getResultList();
        return published.stream().skip(1).filter(r -> r.isMajor() && r.getChangeNote() != null)
                .sorted((a, b) -> Integer.compare(b.getNumber(), a.getNumber())).toList();
    }

    /** The first revision of an item created now (no query: it has none yet). */
    ItemRevision first(Item item, Actor actor, RevisionNote note, Instant when) {
        ItemRevision revision = new ItemRevision(item.getId(), 1, item.text(), actor.accountId(), actor.username(),
                when, note);
        em().persist(revision);
        return revision;
    }

    /** Writes the next revision of {@code item} with {@code text}. */
    ItemRevision record(Item item, ItemText text, Actor actor, RevisionNote note, Instant when) {
        int next = latest(item.getId()).map(r -> r.getNumber() + 1).orElse(1);
        ItemRevision revision = new ItemRevision(item.getId(), next, text, actor.accountId(), actor.username(), when,
                note);
        em().persist(revision);
        return revision;
    }

    /**
     * An item published before revisions existed (demo data, imports) gets its public text as revision 1 before its
     * first amendment, so that the amendment has something to be compared with.
     */
    void ensureBaseline(Item item) {
        if (latest(item.getId()).isEmpty()) {
            ItemRevision baseline = new ItemRevision(item.getId(), 1, item.text(), item.getCreatedBy(),
                    "—", item.getUpdatedAt(), RevisionNote.NONE);
            baseline.markPublished(item.getPublishedAt() == null ? item.getUpdatedAt() : item.getPublishedAt());
            em().persist(baseline);
            em().flush();
        }
    }

    /** The item went public: its latest revision is what citizens read from now on. */
    void markLatestPublished(Item item, Instant when) {
        latest(item.getId()).ifPresent(r -> r.markPublished(when));
    }
}
