package vn.cong.consultation;

/**
 * Where a citizen's comment on a draft stands: waiting for a moderator (pre-moderation), visible, hidden after
 * reports until a moderator decides, or rejected by a moderator (never shown). Hidden and rejected comments stay in the
 * synthesis the board writes: the law asks for every opinion received to be considered.
 */
public enum CommentState {
    PENDING, VISIBLE, HIDDEN, REJECTED;

    public boolean isShown() {
        return this == VISIBLE;
    }
}
