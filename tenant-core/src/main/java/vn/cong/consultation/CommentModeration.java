package vn.cong.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import vn.cong.audit.AuditEvent;
import vn.cong.audit.AuditLog;
import vn.cong.identity.Actor;
import vn.cong.platform.ContentChanged;
import vn.cong.platform.DomainException;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.tenancy.TenantContext;

/**
 * The board moderates a consultation's comments: the queue by state (what waits for a moderator first — pending, then
 * hidden after reports), oldest first, paged; show, hide or reject one, audited. The author's name shows masked, the
 * e-mail never.
 */
@ApplicationScoped
@Transactional
public class CommentModeration {

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    Consultations consultations;

    @Inject
    AuditLog audit;

    @Inject
    TenantContext tenant;

    @Inject
    Clock clock;

    @Inject
    Event<ContentChanged> contentChanged;

    public List<CommentView> comments(Actor actor, long consultationId, CommentState state, int first, int max) {
        Consultations.requireManager(actor);
        consultations.find(consultationId);
        return query(consultationId, state, "select m", DraftComment.class)
                .setFirstResult(Math.max(first, 0)).setMaxResults(Math.min(Math.max(max, 1), 200))
                .getResultList().stream().map(CommentView::of).toList();
    }

    public long count(Actor actor, long consultationId, CommentState state) {
        Consultations.requireManager(actor);
        consultations.find(consultationId);
        return query(consultationId, state, "select count(m)", Long.class).getSingleResult();
    }

    public CommentView moderate(Actor actor, long commentId, CommentState to, String address) {
        Consultations.requireManager(actor);
        DraftComment comment = find(commentId);
        CommentState from = comment.getState();
        comment.moderate(to, actor.accountId(), clock.instant());
        audit.record(new AuditEvent(actor.accountId(), actor.username(), address, "COMMENT_MODERATE",
                "CONSULTATION_COMMENT", comment.getId(), from.name(), to.name(), null));
        if (from.isShown() != to.isShown()) {
            contentChanged.fire(new ContentChanged(tenant.unitId()));
        }
        return CommentView.of(comment);
    }

    DraftComment find(long commentId) {
        DraftComment comment = em().find(DraftComment.class, commentId);
        if (comment == null) {
            throw new DomainException(404, "consultation.comment.not-found", commentId);
        }
        return comment;
    }

    private <T> TypedQuery<T> query(long consultationId, CommentState state, String select, Class<T> type) {
        String where = " from DraftComment m where m.consultationId = :c" + (state == null ? "" : " and m.state = :s");
        TypedQuery<T> query = em().createQuery(select + where + (type == DraftComment.class
                ? " order by m.createdAt, m.id" : ""), type).setParameter("c", consultationId);
        return state == null ? query : query.setParameter("s", state);
    }

    private EntityManager em() {
        return entityManagers.forCurrentTenant();
    }
}
