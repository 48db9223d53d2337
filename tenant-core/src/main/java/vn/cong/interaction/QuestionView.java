package vn.cong.interaction;

import java.time.Instant;

/** One question as the desk shows it, the asker masked unless opened. */
public record QuestionView(long id, TrackingCode code, String subject, String body, String fieldCode,
                           QuestionState state, Instant receivedAt, Instant dueAt, Lateness lateness, AskerView asker,
                           Long routedTo, String answer, String answeredBy, Instant answeredAt, Instant publishedAt,
                           String closingReason, String mergedInto, Long transferredTo, String transferredCode,
                           Long transferredFrom, String transferredFromCode) {

    static QuestionView of(Question q, AskerView asker, Lateness lateness) {
        return new QuestionView(q.getId(), q.trackingCode(), q.getSubject(), q.getBody(), q.getFieldCode(),
                q.getState(), q.getReceivedAt(), q.getDueAt(), lateness, asker, q.getRoutedTo(), q.getAnswerText(),
                q.getAnsweredByName(), q.getAnsweredAt(), q.getPublishedAt(), q.getClosingReason(),
                q.getMergedInto(), q.getTransferredTo(), q.getTransferredCode(), q.getTransferredFrom(),
                q.getTransferredFromCode());
    }
}
