package vn.cong.editorial;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.cong.platform.TenantOwned;

/**
 * A content item (tin, bài) of one unit: its text, its attribution, and its place in the {@link Workflow} — who
 * submitted, took, escalated, approved, scheduled, force-published or reviewed it, and, once unpublished, why.
 * The state changes only through {@link #moveTo}, called by {@link ItemTransitions} after the policy check; the
 * text only through {@link #revise}, called by {@link ItemAuthoring}.
 *
 * <p>Its text columns are what citizens read while it is published. Every save also writes an
 * {@link ItemRevision}; once the item is published, the secretariat's changes go into a working revision instead
 * ({@link #holdAmendment}) and reach these columns — and citizens — only when that revision is published
 * ({@link WorkflowAction#REPUBLISH}, {@link #adopt}).
 */
@Entity
@Table(name = "item")
public class Item extends TenantOwned {

    /** Subject type of an item's audit lines. */
    public static final String AUDIT_SUBJECT = "ITEM";

    /** The unpublishing reason a retention run records (410 for citizens). */
    public static final String RETENTION_ENDED = "RETENTION_ENDED";

    @Column(name = "category_id", nullable = false)
    private Long categoryId;

    @Column(nullable = false)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ItemState state;

    @Column(name = "state_since")
    private Instant stateSince;

    @Column(nullable = false)
    private String slug;

    @Column(nullable = false)
    private String title;

    private String summary;

    @Lob
    private String body;

    @Column(name = "source_name")
    private String source;

    @Column(name = "author_name")
    private String authorName;

    /** Quoted or re-used content: source, author and permission reference are required. */
    @Column(nullable = false)
    private boolean quoted;

    /** Số văn bản cho phép: the source's written permission to re-use its content. */
    @Column(name = "permission_ref")
    private String permissionRef;

    /** The unit's subject field (lĩnh vực) the item belongs to; decides which board member it goes to. */
    @Column(name = "field_code")
    private String fieldCode;

    @Column(name = "is_sensitive", nullable = false)
    private boolean sensitive;

    @Column(name = "created_by", nullable = false)
    private Long createdBy;

    @Column(name = "submitted_by")
    private Long submittedBy;

    @Column(name = "taken_by")
    private Long takenBy;

    @Column(name = "escalated_to")
    private Long escalatedTo;

    @Column(name = "approved_by")
    private Long approvedBy;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Embedded
    private Rejection rejection;

    @Column(name = "scheduled_at")
    private Instant scheduledAt;

    @Column(name = "publish_failure")
    private String publishFailure;

    @Embedded
    private ForcePublication forcePublication;

    @Embedded
    private Unpublishing unpublishing;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    /** When the secretariat received it (the last submission): MIC Art. 14.1's 4 working hours count from here. */
    @Column(name = "received_at")
    private Instant receivedAt;

    @Embedded
    private Amendment amendment;

    protected Item() {
    }

    public Item(long categoryId, String language, String slug, long createdBy, Instant createdAt) {
        this.categoryId = categoryId;
        this.language = language;
        this.slug = slug;
        this.createdBy = createdBy;
        this.state = ItemState.DRAFT;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        this.stateSince = createdAt;
        this.forcePublication = new ForcePublication(); // its review_pending column is NOT NULL: never a null aggregate
    }

    /**
     * Replaces the text, as changed at {@code when}; {@code body} must already be sanitised. Quoted content must be
     * fully attributed.
     */
    public void revise(ItemDraft draft, String sanitisedBody, Instant when) {
        revise(ItemText.of(draft, sanitisedBody), when);
    }

    void revise(ItemText text, Instant when) {
        Attribution attribution = text.attribution().requireComplete();
        this.categoryId = text.categoryId();
        this.title = text.title();
        this.summary = text.summary();
        this.body = text.body();
        this.quoted = attribution.quoted();
        this.source = attribution.source();
        this.authorName = attribution.author();
        this.permissionRef = attribution.permissionRef();
        this.fieldCode = text.fieldCode();
        this.updatedAt = when;
    }

    /** The text in its columns: for a published item, what citizens read. */
    public ItemText text() {
        return new ItemText(categoryId, fieldCode, title, summary, body, attribution());
    }

    /** A published item's change, saved as a working revision that citizens do not see yet. */
    void holdAmendment(long revisionId, Instant when) {
        amendment = getAmendment().holding(revisionId, when);
        updatedAt = when;
    }

    /** The published working revision becomes the text citizens read (REPUBLISH). */
    void adopt(ItemText text, Instant when) {
        revise(text, when);
        amendment = null;
    }

    /** Records who an escalation goes to (already checked by {@link ItemTransitions}). */
    void escalateTo(long accountId, String field, boolean isSensitive) {
        this.escalatedTo = accountId;
        if (field != null) {
            this.fieldCode = field;
        }
        this.sensitive = isSensitive;
    }

    /**
     * Applies a transition already allowed by {@link Workflow} and {@link WorkflowPolicy}: records who did what,
     * with its reason, note, time or target. {@code actorId} is null for the scheduler.
     */
    void moveTo(ItemState next, Transition transition, Long actorId, Instant when) {
        switch (transition.action()) {
            case SUBMIT -> {
                receivedAt = when;
                submittedBy = actorId;
                takenBy = null;
                escalatedTo = null;
                approvedBy = null;
                rejection = null;
            }
            case TAKE -> takenBy = actorId;
            case ESCALATE -> {
                // target recorded by escalateTo
            }
            case RETURN -> escalatedTo = null;
            case APPROVE -> approvedBy = actorId;
            case REJECT -> {
                decidedBy = actorId;
                rejection = Rejection.of(transition.reason(), transition.note());
            }
            case SCHEDULE -> {
                decidedBy = actorId;
                scheduledAt = transition.scheduledAt();
                publishFailure = null;
            }
            case UNSCHEDULE -> scheduledAt = null;
            case PUBLISH, RELEASE, PROVISION -> {
                if (actorId != null) {
                    decidedBy = actorId;
                }
                goPublic(when);
            }
            case FORCE_PUBLISH -> {
                decidedBy = actorId;
                forcePublication = ForcePublication.by(actorId, transition.note());
                goPublic(when);
            }
            case REVIEW -> forcePublication = getForcePublication().reviewedBy(actorId);
            case FAIL -> publishFailure = shorten(transition.note(), 1000);
            case UNPUBLISH -> {
                decidedBy = actorId;
                unpublishing = Unpublishing.of(transition.reason(), transition.note(), transition.consolidatedInto(),
                        when);
            }
            case EXPIRE -> unpublishing = Unpublishing.of(RETENTION_ENDED, transition.note(), null, when);
            case ARCHIVE -> {
                // leaves every worklist; what citizens get stays as the unpublishing decided
            }
            case REPUBLISH -> decidedBy = actorId;
        }
        if (next != state) {
            stateSince = when;
        }
        this.state = next;
        this.updatedAt = when;
    }

    private void goPublic(Instant when) {
        publishedAt = when;
        scheduledAt = null;
        publishFailure = null;
    }

    private static String shorten(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /** Seeds and imports only: an item that was published at a known past time. */
    public void markPublishedAt(Instant when, long deciderId) {
        this.state = ItemState.PUBLISHED;
        this.publishedAt = when;
        this.submittedBy = createdBy;
        this.decidedBy = deciderId;
        this.updatedAt = when;
        this.stateSince = when;
    }

    /** Why the board last sent it back; {@link Rejection#NONE}'s empty fields when it was not (or resubmitted). */
    public Rejection getRejection() {
        return rejection == null ? Rejection.NONE : rejection;
    }

    public ForcePublication getForcePublication() {
        return forcePublication == null ? ForcePublication.NONE : forcePublication;
    }

    public Unpublishing getUnpublishing() {
        return unpublishing == null ? Unpublishing.NONE : unpublishing;
    }

    /** The pending working revision, if any ({@link Amendment#isPending}). */
    public Amendment getAmendment() {
        return amendment == null ? Amendment.NONE : amendment;
    }

    public Attribution attribution() {
        return new Attribution(quoted, source, authorName, permissionRef);
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public String getLanguage() {
        return language;
    }

    public ItemState getState() {
        return state;
    }

    public Instant getStateSince() {
        return stateSince == null ? updatedAt : stateSince;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    public String getSource() {
        return source;
    }

    public String getAuthorName() {
        return authorName;
    }

    public boolean isQuoted() {
        return quoted;
    }

    public String getPermissionRef() {
        return permissionRef;
    }

    public String getFieldCode() {
        return fieldCode;
    }

    public boolean isSensitive() {
        return sensitive;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public Long getSubmittedBy() {
        return submittedBy;
    }

    public Long getTakenBy() {
        return takenBy;
    }

    public Long getEscalatedTo() {
        return escalatedTo;
    }

    public Long getApprovedBy() {
        return approvedBy;
    }

    public Long getDecidedBy() {
        return decidedBy;
    }

    public Instant getScheduledAt() {
        return scheduledAt;
    }

    public String getPublishFailure() {
        return publishFailure;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    /** When the secretariat received it; before the first submission, when it entered its state. */
    public Instant getReceivedAt() {
        return receivedAt == null ? getStateSince() : receivedAt;
    }
}
