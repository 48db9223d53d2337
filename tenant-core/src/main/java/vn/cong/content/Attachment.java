package vn.cong.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.cong.platform.TenantOwned;

/**
 * A file attached to an item (a document's text, bidding documents, an org chart): its name, checked type, size
 * and SHA-256 — the key of its bytes in the {@link FileStore}. Citizens get it only while its item is published.
 */
@Entity
@Table(name = "attachment")
public class Attachment extends TenantOwned {

    @Column(name = "item_id")
    private Long itemId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false)
    private Long uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected Attachment() {
    }

    Attachment(StoredFile file, String fileName, long uploadedBy, Instant uploadedAt) {
        this.fileName = fileName;
        this.contentType = file.contentType();
        this.size = file.size();
        this.sha256 = file.sha256();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    void attachTo(long item) {
        this.itemId = item;
    }

    public Long getItemId() {
        return itemId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
