package vn.cong.editorial;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * A published item's working revision that citizens do not see yet (REQUIREMENTS §2): which revision, and since when
 * it waits for the secretariat to publish it ({@link WorkflowAction#REPUBLISH}).
 */
@Embeddable
public class Amendment {

    static final Amendment NONE = new Amendment();

    @Column(name = "pending_revision_id")
    private Long revisionId;

    @Column(name = "pending_since")
    private Instant since;

    protected Amendment() {
    }

    /** {@code revisionId} now pending; the wait counts from the first pending save. */
    Amendment holding(long newRevisionId, Instant when) {
        Amendment held = new Amendment();
        held.revisionId = newRevisionId;
        held.since = revisionId == null ? when : since;
        return held;
    }

    public boolean isPending() {
        return revisionId != null;
    }

    public Long getRevisionId() {
        return revisionId;
    }

    public Instant getSince() {
        return since;
    }
}
