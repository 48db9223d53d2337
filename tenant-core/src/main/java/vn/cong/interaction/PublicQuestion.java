package vn.cong.interaction;

import java.time.Instant;

/**
 * A published question and its answer as citizens read them: the asker's name, phone and address masked (the given
 * name after initials, the phone's first four and last two digits, the commune only), an organisation named; who
 * answered and when. The ID number and the e-mail never show.
 */
public record PublicQuestion(TrackingCode code, String subject, String body, String answer, String answeredBy,
                             Instant receivedAt, Instant publishedAt, String askerName, String askerPhone,
                             String askerPlace, String organisation) {

    static PublicQuestion of(Question q) {
        Question.Asker asker = q.asker();
        return new PublicQuestion(q.trackingCode(), q.getSubject(), q.getBody(), q.getAnswerText(),
                q.getAnsweredByName(), q.getReceivedAt(), q.getPublishedAt(), PersonalDataMask.name(asker.name()),
                PersonalDataMask.phone(asker.phone()), PersonalDataMask.address(asker.address()), asker.organisation());
    }
}
