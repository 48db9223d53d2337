package vn.cong.interaction.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.cong.platform.TenantOwned;

/** What one answer wrote to one free-text question: read by the board ({@link SurveyPolicy}), never published. */
@Entity
@Table(name = "survey_text_answer")
public class SurveyTextAnswer extends TenantOwned {

    @Column(name = "survey_id", nullable = false)
    private long surveyId;

    @Column(name = "response_id", nullable = false)
    private long responseId;

    @Column(name = "question_key", nullable = false)
    private int questionKey;

    @Lob
    @Column(nullable = false)
    private String body;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected SurveyTextAnswer() {
    }

    SurveyTextAnswer(long surveyId, long responseId, int questionKey, String body, Instant answeredAt) {
        this.surveyId = surveyId;
        this.responseId = responseId;
        this.questionKey = questionKey;
        this.body = body;
        this.answeredAt = answeredAt;
    }

    public int getQuestionKey() {
        return questionKey;
    }

    public String getBody() {
        return body;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
