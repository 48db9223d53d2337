package vn.cong.editorial;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.cong.platform.TenantOwned;

/**
 * One saved version of an item's text (phiên bản): written by every save that changes it, never changed afterwards
 * — only the moment it went public is added ({@link #markPublished}). Numbered 1, 2, 3… per item. The revision that
 * citizens read is the last one marked published; a published item's working revision (an amendment the secretariat
 * is preparing) is ahead of it until it is published in turn ({@link WorkflowAction#REPUBLISH}).
 */
@Entity
@Table(name = "item_revision")
public class ItemRevision extends TenantOwned {

    @Column(name = "item_id", nullable = false, updatable = false)
    private Long itemId;

    @Column(name = "revision_no", nullable = false, updatable = false)
    private int number;

    @Column(name = "category_id", nullable = false, updatable = false)
    private Long categoryId;

    @Column(name = "field_code", updatable = false)
    private String fieldCode;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(updatable = false)
    private String summary;

    @Lob
    @Column(updatable = false)
    private String body;

    @Column(nullable = false, updatable = false)
    private boolean quoted;

    @Column(name = "source_name", updatable = false)
    private String source;

    @Column(name = "author_name", updatable = false)
    private String authorName;

    @Column(name = "permission_ref", updatable = false)
    private String permissionRef;

    /** The account whose save made it (the author of the item, or the secretariat editing it). */
    @Column(name = "saved_by", nullable = false, updatable = false)
    private Long savedBy;

    @Column(name = "saved_by_name", nullable = false, updatable = false)
    private String savedByName;

    @Column(name = "saved_at", nullable = false, updatable = false)
    private Instant savedAt;

    @Column(name = "change_note", updatable = false)
    private String changeNote;

    @Column(name = "is_major", nullable = false, updatable = false)
    private boolean major;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected ItemRevision() {
    }

    ItemRevision(long itemId, int number, ItemText text, long savedBy, String savedByName, Instant savedAt,
                 RevisionNote note) {
        this.itemId = itemId;
        this.number = number;
        this.categoryId = text.categoryId();
        this.fieldCode = text.fieldCode();
        this.title = text.title();
        this.summary = text.summary();
        this.body = text.body();
        this.quoted = text.attribution().quoted();
        this.source = text.attribution().source();
        this.authorName = text.attribution().author();
        this.permissionRef = text.attribution().permissionRef();
        this.savedBy = savedBy;
        this.savedByName = savedByName;
        this.savedAt = savedAt;
        this.changeNote = note.text();
        this.major = note.major();
    }

    /** Went public at {@code when}: citizens read this revision from then on, until a later one is published. */
    void markPublished(Instant when) {
        if (publishedAt == null) {
            publishedAt = when;
        }
    }

    public ItemText text() {
        return new ItemText(categoryId, fieldCode, title, summary, body,
                new Attribution(quoted, source, authorName, permissionRef));
    }

    public Long getItemId() {
        return itemId;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public Long getSavedBy() {
        return savedBy;
    }

    public String getSavedByName() {
        return savedByName;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public boolean isMajor() {
        return major;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public boolean isPublished() {
        return publishedAt != null;
    }
}
