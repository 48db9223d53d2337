package vn.cong.interaction;

/**
 * Where a citizen's question or petition stands, as its status page tells the asker: received; routed to a
 * responder; transferred to the competent unit; answered; the answer published; dropped with its reason (ND Art.
 * 22.6); merged into another asking the same.
 */
public enum QuestionState {
    RECEIVED, ROUTED, TRANSFERRED, ANSWERED, PUBLISHED, DROPPED, MERGED;

    /** Received or routed: nobody has answered it yet (its deadline runs). */
    public boolean awaitsAnswer() {
        return this == RECEIVED || this == ROUTED;
    }
}
