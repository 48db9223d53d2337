package vn.cong.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import vn.cong.audit.AuditEvent;
import vn.cong.audit.AuditLog;
import vn.cong.editorial.Item;
import vn.cong.identity.Actor;
import vn.cong.platform.ContentChanged;
import vn.cong.platform.DomainException;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.platform.Vietnam;
import vn.cong.tenancy.TenantContext;

/**
 * The board's synthesis of a consultation (bản tổng hợp, tiếp thu, giải trình ý kiến): each comment received — shown,
 * hidden after reports or waiting — accepted, rejected or explained, with the answer; rejected-by-moderator comments
 * (abuse) are counted, not answered. After the close, the head or a deputy publishes it as the outcome once every
 * comment has its answer; the XLSX is the same table, for the file and for citizens once published.
 */
@ApplicationScoped
@Transactional
public class Synthesis {

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    Consultations consultations;

    @Inject
    CommentModeration moderation;

    @Inject
    DraftTexts drafts;

    @Inject
    AuditLog audit;

    @Inject
    TenantContext tenant;

    @Inject
    Clock clock;

    @Inject
    Event<ContentChanged> contentChanged;

    public CommentView decide(Actor actor, long commentId, CommentDecision decision, String response,
                              String address) {
        Consultations.requireManager(actor);
        DraftComment comment = moderation.find(commentId);
        if (comment.getState() == CommentState.REJECTED) {
            throw new DomainException(409, "consultation.decide.rejected");
        }
        if (consultations.find(comment.getConsultationId()).getOutcomePublishedAt() != null) {
            throw new DomainException(409, "consultation.outcome.published");
        }
        comment.decide(decision, response, actor.accountId(), clock.instant());
        audit.record(new AuditEvent(actor.accountId(), actor.username(), address, "COMMENT_DECIDE",
                "CONSULTATION_COMMENT", comment.getId(), null, decision.name(), null));
        return CommentView.of(comment);
    }

    public Consultation publishOutcome(Actor actor, long consultationId, String note, String address) {
        if (!ConsultationPolicy.mayPublishOutcome(actor)) {
            throw new DomainException(403, "consultation.outcome.forbidden");
        }
        Consultation consultation = consultations.find(consultationId);
        if (consultation.status(consultations.today()) != ConsultationStatus.CLOSED) {
            throw new DomainException(409, "consultation.not-closed", consultation.period().closesOn());
        }
        long undecided = em().createQuery("select count(m) from DraftComment m where m.consultationId = :c"
                        + " and m.state <> :rejected and m.decision is null", Long.class)
                .setParameter("c", consultationId).setParameter("rejected", CommentState.REJECTED).getSingleResult();
        if (undecided > 0) {
            throw new DomainException(409, "consultation.undecided", undecided);
        }
        consultation.publishOutcome(note, consultations.today(), clock.instant());
        audit.record(new AuditEvent(actor.accountId(), actor.username(), address, "CONSULTATION_OUTCOME",
                Consultations.AUDIT_SUBJECT, consultationId, null, "PUBLISHED", null));
        contentChanged.fire(new ContentChanged(tenant.unitId()));
        return consultation;
    }

    /** The synthesis as the board files it (any time) — every comment answered or not yet. */
    public byte[] workbook(Actor actor, long consultationId) {
        Consultations.requireManager(actor);
        return write(consultations.find(consultationId));
    }

    /** The published outcome's workbook, for citizens (404 before it is published). */
    public byte[] publishedWorkbook(long consultationId) {
        Consultation consultation = consultations.find(consultationId);
        if (consultation.getOutcomePublishedAt() == null) {
            throw new DomainException(404, "consultation.outcome.not-published");
        }
        return write(consultation);
    }

    private byte[] write(Consultation consultation) {
        Item item = drafts.draft(consultation.getItemId()).orElseThrow();
        List<CommentView> answered = em().createQuery("select m from DraftComment m where m.consultationId = :c"
                        + " and m.state <> :rejected order by m.paragraph, m.createdAt, m.id", DraftComment.class)
                .setParameter("c", consultation.getId()).setParameter("rejected", CommentState.REJECTED)
                .getResultList().stream().map(CommentView::of).toList();
        long rejected = em().createQuery("select count(m) from DraftComment m where m.consultationId = :c"
                        + " and m.state = :rejected", Long.class)
                .setParameter("c", consultation.getId()).setParameter("rejected", CommentState.REJECTED)
                .getSingleResult();
        String unit = tenant.require().unit().getOfficialName();
        return SynthesisWorkbook.write(new SynthesisWorkbook.Sheet(unit, item.getTitle(), consultation.period(),
                consultation.terms().receivingUnit(), answered, rejected, consultation.getOutcomeNote(),
                consultation.getOutcomePublishedAt() == null ? null
                        : consultation.getOutcomePublishedAt().atZone(Vietnam.ZONE).toLocalDate()));
    }

    private EntityManager em() {
        return entityManagers.forCurrentTenant();
    }
}
