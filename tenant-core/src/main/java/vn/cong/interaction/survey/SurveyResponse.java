package vn.cong.interaction.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.cong.platform.TenantOwned;

/**
 * One answer to a survey (một phiếu trả lời): when it came, and the salted hash standing for where it came from — one
 * per survey and hash (the database refuses a second). What it says is in its {@link SurveyChoice} and
 * {@link SurveyTextAnswer} rows. No name, no address.
 */
@Entity
@Table(name = "survey_response")
public class SurveyResponse extends TenantOwned {

    @Column(name = "survey_id", nullable = false)
    private long surveyId;

    @Column(name = "answerer_hash", nullable = false)
    private String answererHash;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected SurveyResponse() {
    }

    SurveyResponse(long surveyId, AnswererHash answerer, Instant answeredAt) {
        this.surveyId = surveyId;
        this.answererHash = answerer.value();
        this.answeredAt = answeredAt;
    }

    public long getSurveyId() {
        return surveyId;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
