package vn.cong.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import vn.cong.platform.ContentChanged;
import vn.cong.platform.DomainException;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.platform.Vietnam;
import vn.cong.tenancy.TenantContext;

/**
 * A citizen comments on a draft of the current portal (REQUIREMENTS §3.14: "submit a new comment"), on the whole of it
 * or on one paragraph of the version they read: checked (nothing is saved when anything is wrong), refused outside the
 * comment period (409, with its dates), and shown at once or held for a moderator as the unit chose. Abuse (rate
 * limits, the challenge, the form token) is the boundary's, before this.
 */
@ApplicationScoped
@Transactional
public class CommentSubmissions {

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    Consultations consultations;

    @Inject
    DraftTexts drafts;

    @Inject
    TenantContext tenant;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    Event<ContentChanged> contentChanged;

    /** What the citizen is told: whether the comment shows now or waits for a moderator. */
    public record Receipt(long commentId, CommentState state) {
    }

    public Receipt submit(long itemId, Integer paragraph, CommentForm form) {
        Objects.requireNonNull(form, "form");
        Set<ConstraintViolation<CommentForm>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        PublishedDraft draft = drafts.published(itemId)
                .orElseThrow(() -> new DomainException(404, "consultation.draft.not-found", itemId));
        Consultation consultation = consultations.ofItem(itemId)
                .orElseThrow(() -> new DomainException(404, "consultation.draft.not-found", itemId));
        ConsultationStatus status = consultation.status(clock.instant().atZone(Vietnam.ZONE).toLocalDate());
        if (status != ConsultationStatus.OPEN) {
            throw new DomainException(409, status == ConsultationStatus.NOT_OPEN ? "consultation.not-open"
                    : "consultation.closed", consultation.period().opensOn(), consultation.period().closesOn());
        }
        DraftParagraphs.Paragraph on = paragraph == null ? null : draft.paragraph(paragraph)
                .orElseThrow(() -> new DomainException(422, "consultation.paragraph.unknown", paragraph));
        DraftComment comment = new DraftComment(consultation.getId(), on, draft.revision(),
                CommentForm.clean(form.name()), CommentForm.clean(form.email()), CommentForm.clean(form.body()),
                consultation.getModeration(), clock.instant());
        entityManagers.forCurrentTenant().persist(comment);
        if (comment.getState().isShown()) {
            contentChanged.fire(new ContentChanged(tenant.unitId()));
        }
        return new Receipt(comment.getId(), comment.getState());
    }
}
