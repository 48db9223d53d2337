package vn.cong.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import vn.cong.interaction.ParticipantKeys;
import vn.cong.platform.ContentChanged;
import vn.cong.platform.DomainException;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.tenancy.TenantContext;

/**
 * Anyone may report a visible comment (Decidim's and CONSUL's rule): one report per reporter and comment, counted on
 * the comment held locked, so that concurrent reports count each once; the report that reaches the consultation's
 * threshold (3 unless the unit says otherwise) hides the comment until a moderator decides.
 */
@ApplicationScoped
@Transactional
public class CommentReports {

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    ParticipantKeys participants;

    @Inject
    TenantContext tenant;

    @Inject
    Clock clock;

    @Inject
    Event<ContentChanged> contentChanged;

    /** Whether the report counted (false: this reporter had reported it already) and whether it hid the comment. */
    public record Outcome(boolean counted, boolean hidden) {
    }

    public Outcome report(long commentId, String reporterAddress) {
        EntityManager em = entityManagers.forCurrentTenant();
        DraftComment comment = em.find(DraftComment.class, commentId, LockModeType.PESSIMISTIC_WRITE);
        if (comment == null || !comment.getState().isShown()) {
            throw new DomainException(404, "consultation.comment.not-found", commentId);
        }
        String reporter = participants.hash(("comment " + commentId).getBytes(StandardCharsets.UTF_8), reporterAddress);
        boolean already = em.createQuery("select count(r) from CommentReport r where r.commentId = :c"
                + " and r.reporter = :r", Long.class).setParameter("c", commentId).setParameter("r", reporter)
                .getSingleResult() > 0;
        if (already) {
            return new Outcome(false, false);
        }
        em.persist(new CommentReport(commentId, reporter, clock.instant()));
        Consultation consultation = em.find(Consultation.class, comment.getConsultationId());
        boolean hidden = comment.reported(consultation.getReportThreshold());
        if (hidden) {
            contentChanged.fire(new ContentChanged(tenant.unitId()));
        }
        return new Outcome(true, hidden);
    }
}
