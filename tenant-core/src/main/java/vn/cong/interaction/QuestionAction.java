package vn.cong.interaction;

import java.util.Optional;

/**
 * What the board does with a citizen's question (ND Art. 9.3–9.4, 22.5–22.6), each legal only from some states:
 * route it to a responder by field (again while unanswered), transfer it to the competent unit with the reason, answer
 * (and amend the answer until it is published), publish the answer, drop an abusive one with the reason, merge a
 * duplicate into the question asking the same. Published, dropped, merged and transferred questions are closed here.
 */
public enum QuestionAction {
    ROUTE, TRANSFER, ANSWER, PUBLISH, DROP, MERGE;

    /** The state the action leads to from {@code state}; empty when it is not a legal move (409). */
    public Optional<QuestionState> from(QuestionState state) {
        boolean open = state == QuestionState.RECEIVED || state == QuestionState.ROUTED;
        QuestionState next = switch (this) {
            case ROUTE -> open ? QuestionState.ROUTED : null;
            case TRANSFER -> open ? QuestionState.TRANSFERRED : null;
            case ANSWER -> open || state == QuestionState.ANSWERED ? QuestionState.ANSWERED : null;
            case PUBLISH -> state == QuestionState.ANSWERED ? QuestionState.PUBLISHED : null;
            case DROP -> open ? QuestionState.DROPPED : null;
            case MERGE -> open ? QuestionState.MERGED : null;
        };
        return Optional.ofNullable(next);
    }
}
