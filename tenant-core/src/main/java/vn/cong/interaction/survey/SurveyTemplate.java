package vn.cong.interaction.survey;

/** A ready survey (its name, title, introduction and questions) that a survey is made from. */
public record SurveyTemplate(String name, Wording title, Wording intro, Questionnaire questionnaire) {
}
