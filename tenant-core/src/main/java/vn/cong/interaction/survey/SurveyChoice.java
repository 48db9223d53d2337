package vn.cong.interaction.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.cong.platform.TenantOwned;

/**
 * One option ticked in one answer (a scale's point is an option). A multiple-choice question ticked twice gives two
 * rows — so that counting is one {@code GROUP BY option_key}, each option once for each answer that ticked it, never
 * per combination of options.
 */
@Entity
@Table(name = "survey_choice")
public class SurveyChoice extends TenantOwned {

    @Column(name = "survey_id", nullable = false)
    private long surveyId;

    @Column(name = "response_id", nullable = false)
    private long responseId;

    @Column(name = "question_key", nullable = false)
    private int questionKey;

    @Column(name = "option_key", nullable = false)
    private int optionKey;

    protected SurveyChoice() {
    }

    SurveyChoice(long surveyId, long responseId, int questionKey, int optionKey) {
        this.surveyId = surveyId;
        this.responseId = responseId;
        this.questionKey = questionKey;
        this.optionKey = optionKey;
    }

    public int getQuestionKey() {
        return questionKey;
    }

    public int getOptionKey() {
        return optionKey;
    }
}
