package vn.cong.interaction.survey;

import java.time.LocalDate;
import java.util.List;

/** A new survey as the board writes it: title, introduction, opening and closing days, its first questions. */
public record SurveyDraft(Wording title, Wording intro, LocalDate opensOn, LocalDate closesOn,
                          List<QuestionDraft> questions) {

    public SurveyDraft {
        // a missing question stays missing, refused by the check with its number
        questions = questions == null ? List.of() : java.util.Collections.unmodifiableList(
                new java.util.ArrayList<>(questions));
    }
}
