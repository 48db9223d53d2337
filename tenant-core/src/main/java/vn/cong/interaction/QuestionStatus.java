package vn.cong.interaction;

import java.time.Instant;

/**
 * What the status page tells the asker: the code, the subject they wrote, where the question stands and since when
 * it was received, when the answer is due. Never the asker's identity: whoever holds the link sees this only.
 */
public record QuestionStatus(TrackingCode code, String subject, QuestionState state, Instant receivedAt,
                             Instant dueAt) {

    /** Where every portal's status page answers. */
    public static final String PATH = "/hoi-dap/tra-cuu";

    static QuestionStatus of(Question question) {
        return new QuestionStatus(question.trackingCode(), question.getSubject(), question.getState(),
                question.getReceivedAt(), question.getDueAt());
    }
}
