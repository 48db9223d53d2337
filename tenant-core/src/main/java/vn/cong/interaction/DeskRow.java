package vn.cong.interaction;

import java.time.Instant;

/** A line of the Q&amp;A desk's queue: never the asker's data but their masked name. */
public record DeskRow(long id, TrackingCode code, String subject, String fieldCode, QuestionState state,
                      Instant receivedAt, Instant dueAt, Lateness lateness, Long routedTo, String askerName,
                      String transferredFromCode) {

    static DeskRow of(Question question, Lateness lateness) {
        return new DeskRow(question.getId(), question.trackingCode(), question.getSubject(), question.getFieldCode(),
                question.getState(), question.getReceivedAt(), question.getDueAt(), lateness, question.getRoutedTo(),
                PersonalDataMask.name(question.asker().name()), question.getTransferredFromCode());
    }
}
