package vn.cong.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.cong.platform.TenantOwned;

/** An item a retention run archived in a unit: what, why (retention, dates) and when. */
@Entity
@Table(name = "retention_action")
public class RetentionAction extends TenantOwned {

    @Column(name = "run_id", nullable = false)
    private Long runId;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Column(name = "category_id", nullable = false)
    private Long categoryId;

    @Column(nullable = false)
    private String title;

    @Column(name = "published_on", nullable = false)
    private LocalDate publishedOn;

    @Column(name = "expired_on")
    private LocalDate expiredOn;

    @Column(name = "removable_from", nullable = false)
    private LocalDate removableFrom;

    @Column(nullable = false)
    private String retention;

    @Column(name = "acted_at", nullable = false)
    private Instant actedAt;

    protected RetentionAction() {
    }

    RetentionAction(long runId, RetentionCandidate candidate, Instant actedAt) {
        this.runId = runId;
        this.itemId = candidate.itemId();
        this.categoryId = candidate.categoryId();
        this.title = candidate.title().length() > 500 ? candidate.title().substring(0, 500) : candidate.title();
        this.publishedOn = candidate.publishedOn();
        this.expiredOn = candidate.expiredOn();
        this.removableFrom = candidate.removableFrom();
        this.retention = candidate.retention();
        this.actedAt = actedAt;
    }

    public Long getRunId() {
        return runId;
    }

    public Long getItemId() {
        return itemId;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public LocalDate getExpiredOn() {
        return expiredOn;
    }

    public LocalDate getRemovableFrom() {
        return removableFrom;
    }

    public String getRetention() {
        return retention;
    }

    public Instant getActedAt() {
        return actedAt;
    }
}
