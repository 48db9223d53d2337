package vn.cong.interaction.survey;

import java.io.Serializable;
import java.time.LocalDate;

/** A line of the board's list of surveys: its words, days, phase today, answers so far, whether it is frozen. */
public record SurveyRow(long id, SurveyPurpose purpose, Wording title, LocalDate opensOn, LocalDate closesOn,
                        SurveyPhase phase, int questions, long answers, boolean frozen) implements Serializable {

    static SurveyRow of(Survey survey, LocalDate today, long answers) {
        return new SurveyRow(survey.getId(), survey.getPurpose(), survey.getTitle(), survey.getOpensOn(),
                survey.getClosesOn(), survey.phaseOn(today), survey.questionnaire().questions().size(), answers,
                survey.isFrozen());
    }
}
