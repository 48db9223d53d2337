package vn.cong.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cong.audit.AuditEvent;
import vn.cong.audit.AuditLog;
import vn.cong.editorial.Item;
import vn.cong.identity.Actor;
import vn.cong.platform.ContentChanged;
import vn.cong.platform.DomainException;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.platform.Vietnam;

/**
 * The board's consultations of the current unit: one per draft item, opened with its terms and corrected while its
 * outcome is not published; the list, newest opening first, with each one's comments counted by state.
 */
@ApplicationScoped
@Transactional
public class Consultations {

    static final String AUDIT_SUBJECT = "CONSULTATION";

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    DraftTexts drafts;

    @Inject
    vn.cong.tenancy.TenantContext tenant;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<ContentChanged> contentChanged;

    /** A row of the board's list: the draft's title, the period, the status today, comments by state. */
    public record Row(long id, long itemId, String title, LocalDate opensOn, LocalDate closesOn,
                      ConsultationStatus status, Map<CommentState, Long> comments, boolean outcomePublished) {
    }

    /** A draft of the unit that has no consultation yet. */
    public record Candidate(long itemId, long categoryId, String title, vn.cong.editorial.ItemState state) {
    }

    /** Where the unit writes its drafts for comment, and its drafts without a consultation (newest first, at most 200). */
    public record Candidates(List<vn.cong.catalog.Category> categories, List<Candidate> drafts) {
    }

    /**
     * The drafts a consultation may be opened for: items of the unit's consultation-draft categories, in the workflow or
     * published (not rejected, withdrawn or archived), that have none yet — one query.
     */
    public Candidates candidates(Actor actor) {
        requireManager(actor);
        List<vn.cong.catalog.Category> categories = em().createQuery("select c from Category c where c.contentType"
                + " = :t order by c.id", vn.cong.catalog.Category.class)
                .setParameter("t", vn.cong.catalog.ContentType.CONSULTATION_DRAFT).getResultList();
        if (categories.isEmpty()) {
            return new Candidates(List.of(), List.of());
        }
        List<Candidate> drafts = em().createQuery("select i from Item i where i.categoryId in :c and i.state not in"
                        + " :closed and not exists (select k from Consultation k where k.itemId = i.id)"
                        + " order by i.createdAt desc, i.id desc", Item.class)
                .setParameter("c", categories.stream().map(vn.cong.catalog.Category::getId).toList())
                .setParameter("closed", List.of(vn.cong.editorial.ItemState.REJECTED,
                        vn.cong.editorial.ItemState.UNPUBLISHED, vn.cong.editorial.ItemState.ARCHIVED))
                .setMaxResults(200).getResultList().stream()
                .map(i -> new Candidate(i.getId(), i.getCategoryId(), i.getTitle(), i.getState())).toList();
        return new Candidates(categories, drafts);
    }

    public Consultation open(Actor actor, long itemId, ConsultationTerms terms, String address) {
        requireManager(actor);
        Item item = drafts.draft(itemId).orElseThrow(() -> new DomainException(422, "consultation.item.not-draft",
                itemId));
        if (ofItem(itemId).isPresent()) {
            throw new DomainException(409, "consultation.exists", item.getTitle());
        }
        Consultation consultation = new Consultation(itemId, terms, clock.instant());
        em().persist(consultation);
        entityManagers.flushUnique(() -> new DomainException(409, "consultation.exists", item.getTitle()));
        record(actor, address, "CONSULTATION_OPEN", consultation, terms);
        contentChanged.fire(new ContentChanged(tenant.unitId()));
        return consultation;
    }

    public Consultation change(Actor actor, long consultationId, ConsultationTerms terms, String address) {
        requireManager(actor);
        Consultation consultation = find(consultationId);
        consultation.change(terms);
        record(actor, address, "CONSULTATION_CHANGE", consultation, terms);
        contentChanged.fire(new ContentChanged(tenant.unitId()));
        return consultation;
    }

    public Consultation get(Actor actor, long consultationId) {
        requireManager(actor);
        return find(consultationId);
    }

    public List<Row> list(Actor actor, int first, int max) {
        requireManager(actor);
        List<Consultation> page = em().createQuery("select c from Consultation c order by c.opensOn desc, c.id desc",
                        Consultation.class).setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.min(Math.max(max, 1), 100)).getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<CommentState, Long>> counts = new HashMap<>();
        em().createQuery("select m.consultationId, m.state, count(m) from DraftComment m where m.consultationId in :ids"
                        + " group by m.consultationId, m.state", Object[].class)
                .setParameter("ids", page.stream().map(Consultation::getId).toList()).getResultList()
                .forEach(r -> counts.computeIfAbsent((Long) r[0], k -> new java.util.EnumMap<>(CommentState.class))
                        .put((CommentState) r[1], (Long) r[2]));
        Map<Long, String> titles = new HashMap<>();
        em().createQuery("select i.id, i.title from Item i where i.id in :ids", Object[].class)
                .setParameter("ids", page.stream().map(Consultation::getItemId).toList()).getResultList()
                .forEach(r -> titles.put((Long) r[0], (String) r[1]));
        LocalDate today = today();
        return page.stream().map(c -> new Row(c.getId(), c.getItemId(), titles.getOrDefault(c.getItemId(), ""),
                c.period().opensOn(), c.period().closesOn(), c.status(today),
                counts.getOrDefault(c.getId(), Map.of()), c.getOutcomePublishedAt() != null)).toList();
    }

    public long count(Actor actor) {
        requireManager(actor);
        return em().createQuery("select count(c) from Consultation c", Long.class).getSingleResult();
    }

    /** The consultation of a draft item, if it has one (for the public pages too). */
    public Optional<Consultation> ofItem(long itemId) {
        return em().createQuery("select c from Consultation c where c.itemId = :i", Consultation.class)
                .setParameter("i", itemId).getResultStream().findFirst();
    }

    Consultation find(long consultationId) {
        Consultation consultation = em().find(Consultation.class, consultationId);
        if (consultation == null) {
            throw new DomainException(404, "consultation.not-found", consultationId);
        }
        return consultation;
    }

    /** Vietnam's day now: a consultation's status is the day's. */
    public LocalDate today() {
        return clock.instant().atZone(Vietnam.ZONE).toLocalDate();
    }

    static void requireManager(Actor actor) {
        if (!ConsultationPolicy.mayManage(actor)) {
            throw new DomainException(403, "consultation.forbidden");
        }
    }

    private void record(Actor actor, String address, String action, Consultation consultation,
                        ConsultationTerms terms) {
        audit.record(new AuditEvent(actor.accountId(), actor.username(), address, action, AUDIT_SUBJECT,
                consultation.getId(), null, terms.moderation().name(), "item " + consultation.getItemId() + ", "
                + terms.period().opensOn() + " → " + terms.period().closesOn()));
    }

    private EntityManager em() {
        return entityManagers.forCurrentTenant();
    }
}
