package vn.cong.interaction.survey;

import java.io.Serializable;
import java.time.Instant;

/** One free-text answer as the board reads it: when, and what was written. Nothing says who. */
public record FreeTextAnswer(long id, Instant answeredAt, String text) implements Serializable {

    static FreeTextAnswer of(SurveyTextAnswer answer) {
        return new FreeTextAnswer(answer.getId(), answer.getAnsweredAt(), answer.getBody());
    }
}
