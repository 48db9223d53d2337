package vn.cong.consultation;

/** The board's answer to one comment in the synthesis (bản tổng hợp, tiếp thu, giải trình): taken in, not, or explained. */
public enum CommentDecision {
    ACCEPTED, REJECTED, EXPLAINED
}
