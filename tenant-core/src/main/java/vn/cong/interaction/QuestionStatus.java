package vn.cong.interaction;

import java.time.Instant;

/**
 * What the status page tells the asker: the code, the subject they wrote, where the question stands and since when
 * it was received, when the answer is due; the answer once published; why it was dropped; the question it was merged
 * into; the unit it was sent to and its code there; the unit it came from. Never the asker's identity: whoever holds
 * the link sees this only.
 */
public record QuestionStatus(TrackingCode code, String subject, QuestionState state, Instant receivedAt,
                             Instant dueAt, String answer, String answeredBy, Instant publishedAt,
                             String closingReason, String mergedInto, Long transferredTo, String transferredCode,
                             Long transferredFrom, String transferredFromCode) {

    /** Where every portal's status page answers. */
    public static final String PATH = "/hoi-dap/tra-cuu";

    static QuestionStatus of(Question question) {
        boolean published = question.getState() == QuestionState.PUBLISHED;
        return new QuestionStatus(question.trackingCode(), question.getSubject(), question.getState(),
                question.getReceivedAt(), question.getDueAt(), published ? question.getAnswerText() : null,
                published ? question.getAnsweredByName() : null, question.getPublishedAt(),
                question.getClosingReason(), question.getMergedInto(), question.getTransferredTo(),
                question.getTransferredCode(), question.getTransferredFrom(), question.getTransferredFromCode());
    }

    /** This status with the published answer of {@code kept}, the question it was merged into. */
    QuestionStatus answeredBy(Question kept) {
        return new QuestionStatus(code, subject, state, receivedAt, dueAt, kept.getAnswerText(),
                kept.getAnsweredByName(), kept.getPublishedAt(), closingReason, mergedInto, transferredTo,
                transferredCode, transferredFrom, transferredFromCode);
    }
}
