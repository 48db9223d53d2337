package vn.cong.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.cong.platform.TenantOwned;

/**
 * One report of a comment by one reporter — known only by a keyed hash of their network address and the comment
 * ({@link vn.cong.interaction.ParticipantKeys}), so that a second report from the same place counts once and no address is stored.
 */
@Entity
@Table(name = "consultation_report")
public class CommentReport extends TenantOwned {

    @Column(name = "comment_id", nullable = false)
    private long commentId;

    @Column(nullable = false)
    private String reporter;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    protected CommentReport() {
    }

    public CommentReport(long commentId, String reporter, Instant at) {
        this.commentId = commentId;
        this.reporter = reporter;
        this.reportedAt = at;
    }
}
