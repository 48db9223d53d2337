package vn.cong.admin.editorial;

import vn.cong.platform.Vietnam;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import vn.cong.admin.shell.BackOffice;
import vn.cong.audit.AuditEvent;
import vn.cong.audit.AuditLog;
import vn.cong.board.BoardDirectory;
import vn.cong.board.SubjectField;
import vn.cong.editorial.Item;
import vn.cong.editorial.ItemAuthoring;
import vn.cong.editorial.ItemRepository;
import vn.cong.editorial.ItemRevision;
import vn.cong.editorial.ItemRevisions;
import vn.cong.editorial.ItemTransitions;
import vn.cong.editorial.ReasonCatalog;
import vn.cong.editorial.RejectionChoice;
import vn.cong.editorial.Transition;
import vn.cong.editorial.UnpublishingReason;
import vn.cong.editorial.WorkflowAction;
import vn.cong.editorial.WorkflowPolicy;
import vn.cong.platform.DomainException;

/**
 * An item as the board sees it, with its history, and exactly the actions {@link WorkflowPolicy} offers this person
 * now — each with the inputs it needs (reason and note, escalation target, publication time, unpublishing reason).
 */
@Named
@ViewScoped
public class ItemReview implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BackOffice backOffice;

    @Inject
    transient ItemAuthoring authoring;

    @Inject
    transient ItemTransitions transitions;

    @Inject
    transient ItemRepository items;

    @Inject
    transient ReasonCatalog reasons;

    @Inject
    transient BoardDirectory board;

    @Inject
    transient AuditLog audit;

    @Inject
    transient EscalationChoices escalation;

    @Inject
    transient ItemRevisions revisions;

    private Long id;
    private String reason;
    private String note;
    private String target;
    private String field;
    private boolean sensitive;
    private String scheduledAt;
    private Long consolidatedInto;
    private transient Item item;
    private transient Set<WorkflowAction> available;
    private transient String amendmentDiff;

    public void load() {
        try {
            item = id == null ? null : authoring.require(id, backOffice.actor());
            if (item == null) {
                BackOffice.fail(404);
            }
        } catch (DomainException e) {
            BackOffice.fail(e.status());
        }
    }

    public Item getItem() {
        if (item == null && id != null) {
            item = authoring.require(id, backOffice.actor());
        }
        return item;
    }

    /** Offered to this person now: legal in the workflow and allowed by the policy. */
    public boolean offers(String action) {
        if (available == null) {
            available = WorkflowPolicy.available(backOffice.actor(), getItem());
        }
        return available.contains(WorkflowAction.valueOf(action));
    }

    /**
     * For a published item with a working revision: the history page comparing what citizens read with it;
     * null otherwise.
     */
    public String getAmendmentDiff() {
        if (!getItem().getAmendment().isPending()) {
            return null;
        }
        if (amendmentDiff == null) {
            ItemRevision working = revisions.pending(getItem()).orElse(null);
            ItemRevision published = revisions.lastPublished(id).orElse(null);
            amendmentDiff = working == null || published == null ? "item-history.xhtml?id=" + id
                    : "item-history.xhtml?id=" + id + "&from=" + published.getNumber() + "&to=" + working.getNumber();
        }
        return amendmentDiff;
    }

    public boolean isMayEdit() {
        return WorkflowPolicy.canEdit(backOffice.actor(), getItem());
    }

    /** Fires an action with what its form typed; stays on the page with the refusal in the user's language. */
    public String fire(String action) {
        try {
            Transition transition = new Transition(WorkflowAction.valueOf(action), reason, note, target, field,
                    sensitive, parseTime(), consolidatedInto);
            item = transitions.transition(backOffice.actor(), id, transition, backOffice.address());
            return "/admin/item-view.xhtml?faces-redirect=true&id=" + id;
        } catch (DomainException e) {
            return backOffice.show(e);
        }
    }

    /** The back office types local Vietnamese time (a datetime-local field); the workflow keeps an instant. */
    private Instant parseTime() {
        if (scheduledAt == null || scheduledAt.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(scheduledAt.strip()).atZone(Vietnam.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new DomainException(422, "workflow.schedule.invalid", scheduledAt);
        }
    }

    public List<AuditEvent> getHistory() {
        return audit.forSubject(Item.AUDIT_SUBJECT, id);
    }

    public List<RejectionChoice> getRejectionReasons() {
        return reasons.rejectionReasons();
    }

    public List<UnpublishingReason> getUnpublishingReasons() {
        return reasons.unpublishingReasons();
    }

    public List<EscalationChoices.Choice> getCandidates() {
        return escalation.candidates(backOffice.getUnit().getId(), getItem(), backOffice.getLanguage());
    }

    public List<SubjectField> getFields() {
        return board.fields();
    }

    /** Published items that may replace this one when it is consolidated. */
    public List<Item> getReplacements() {
        return items.latestPublished(200).stream().filter(i -> !i.getId().equals(id)).toList();
    }

    public String accountName(Long accountId) {
        return accountId == null ? "" : board.account(accountId)
                .map(a -> a.getFullName() + " (" + a.getUsername() + ")").orElse(String.valueOf(accountId));
    }

    public String fieldName(String code) {
        return code == null ? "" : board.field(code).map(f -> f.name(backOffice.getLanguage())).orElse(code);
    }

    public String reasonName(String code) {
        return code == null ? "" : reasons.allRejectionReasons().stream().filter(r -> r.code().equals(code))
                .map(r -> r.name(backOffice.getLanguage())).findFirst().orElse(code);
    }

    public String unpublishingName(String code) {
        return reasons.unpublishingReason(code).map(r -> r.name(backOffice.getLanguage())).orElse(code == null ? "" : code);
    }

    public String getFailure() {
        return ItemTransitions.failureMessage(getItem(), backOffice.getLanguage());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public boolean isSensitive() {
        return sensitive;
    }

    public void setSensitive(boolean sensitive) {
        this.sensitive = sensitive;
    }

    public String getScheduledAt() {
        return scheduledAt;
    }

    public void setScheduledAt(String scheduledAt) {
        this.scheduledAt = scheduledAt;
    }

    public Long getConsolidatedInto() {
        return consolidatedInto;
    }

    public void setConsolidatedInto(Long consolidatedInto) {
        this.consolidatedInto = consolidatedInto;
    }
}
