package vn.cong.interaction.survey;

import java.time.LocalDate;

/** A survey as a page shows it, read inside the transaction: its words, days, phase on that day and questions. */
public record SurveyView(long id, SurveyPurpose purpose, Wording title, Wording intro, LocalDate opensOn,
                         LocalDate closesOn, SurveyPhase phase, boolean answered, boolean frozen,
                         Questionnaire questionnaire, String templateName, Integer ratingYear) {

    static SurveyView of(Survey survey, LocalDate today) {
        return new SurveyView(survey.getId(), survey.getPurpose(), survey.getTitle(), survey.getIntro(),
                survey.getOpensOn(), survey.getClosesOn(), survey.phaseOn(today), survey.isAnswered(),
                survey.isFrozen(), survey.questionnaire(), survey.getTemplateName(), survey.getRatingYear());
    }

    public boolean isOpen() {
        return phase == SurveyPhase.OPEN;
    }
}
