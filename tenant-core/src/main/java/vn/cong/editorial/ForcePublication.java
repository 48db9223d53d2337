package vn.cong.editorial;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import vn.cong.platform.VietnameseText;

/**
 * An urgent item the head published before the board's normal steps (MIC Art. 14.3): who, why, and the review by
 * another board member that must follow.
 */
@Embeddable
public class ForcePublication {

    static final ForcePublication NONE = new ForcePublication();

    @Column(name = "force_published_by")
    private Long by;

    @Column(name = "force_reason")
    private String reason;

    /** Force-published and not yet reviewed by another board member. */
    @Column(name = "review_pending", nullable = false)
    private boolean reviewPending;

    @Column(name = "reviewed_by")
    private Long reviewedBy;

    protected ForcePublication() {
    }

    static ForcePublication by(Long headId, String reason) {
        ForcePublication forced = new ForcePublication();
        forced.by = headId;
        forced.reason = VietnameseText.nfc(reason);
        forced.reviewPending = true;
        return forced;
    }

    /** The same publication, reviewed by {@code reviewerId}. */
    ForcePublication reviewedBy(Long reviewerId) {
        ForcePublication reviewed = new ForcePublication();
        reviewed.by = by;
        reviewed.reason = reason;
        reviewed.reviewedBy = reviewerId;
        return reviewed;
    }

    public boolean isForced() {
        return by != null;
    }

    public Long getBy() {
        return by;
    }

    public String getReason() {
        return reason;
    }

    public boolean isReviewPending() {
        return reviewPending;
    }

    public Long getReviewedBy() {
        return reviewedBy;
    }
}
