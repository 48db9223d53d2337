package vn.cong.editorial;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.cong.platform.TenantOwned;
import vn.cong.platform.VietnameseText;

/**
 * A content item (tin, bài) of one unit: its text, attribution, and its place in the {@link Workflow}.
 * State changes only through {@link #moveTo}, called by {@link EditorialService} after the policy check.
 */
@Entity
@Table(name = "item")
public class Item extends TenantOwned {

    @Column(name = "category_id", nullable = false)
    private Long categoryId;

    @Column(nullable = false)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ItemState state;

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

    @Column(name = "created_by", nullable = false)
    private Long createdBy;

    @Column(name = "submitted_by")
    private Long submittedBy;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Column(name = "rejection_note")
    private String rejectionNote;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected Item() {
    }

    public Item(long categoryId, String language, String slug, long createdBy) {
        this.categoryId = categoryId;
        this.language = language;
        this.slug = slug;
        this.createdBy = createdBy;
        this.state = ItemState.DRAFT;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    /** Replaces the text; {@code body} must already be sanitised. */
    public void revise(ItemDraft draft, String sanitisedBody) {
        this.categoryId = draft.categoryId();
        this.title = VietnameseText.nfc(draft.title());
        this.summary = VietnameseText.nfc(draft.summary());
        this.body = VietnameseText.nfc(sanitisedBody);
        this.source = VietnameseText.nfc(draft.source());
        this.authorName = VietnameseText.nfc(draft.authorName());
        this.updatedAt = Instant.now();
    }

    void moveTo(ItemState next, WorkflowAction action, long actorId, Instant when) {
        switch (action) {
            case SUBMIT -> {
                submittedBy = actorId;
                rejectionReason = null;
                rejectionNote = null;
            }
            case PUBLISH -> {
                decidedBy = actorId;
                publishedAt = when;
            }
            case REJECT -> decidedBy = actorId;
            case UNPUBLISH -> decidedBy = actorId;
        }
        this.state = next;
        this.updatedAt = when;
    }

    void recordRejection(String reasonCode, String note) {
        this.rejectionReason = reasonCode;
        this.rejectionNote = VietnameseText.nfc(note);
    }

    /** Seeds and imports only: an item that was published at a known past time. */
    public void markPublishedAt(Instant when, long deciderId) {
        this.state = ItemState.PUBLISHED;
        this.publishedAt = when;
        this.submittedBy = createdBy;
        this.decidedBy = deciderId;
        this.updatedAt = when;
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

    public Long getCreatedBy() {
        return createdBy;
    }

    public Long getSubmittedBy() {
        return submittedBy;
    }

    public Long getDecidedBy() {
        return decidedBy;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public String getRejectionNote() {
        return rejectionNote;
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
}
