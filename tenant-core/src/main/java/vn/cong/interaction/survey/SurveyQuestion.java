package vn.cong.interaction.survey;

import java.util.List;
import java.util.Optional;

/**
 * One question of a survey: its kind, its words, the section it belongs to (a SIPAS factor, say — questions of a
 * section are shown together and their scales averaged together), whether an answer must give it, and its options
 * in order (none for free text). {@code key} names it in answers; it is never given to another question or option of
 * the same survey.
 */
public record SurveyQuestion(int key, QuestionKind kind, Wording text, Wording section, boolean required,
                             List<SurveyOption> options) {

    public SurveyQuestion {
        options = List.copyOf(options);
    }

    public Optional<SurveyOption> option(int optionKey) {
        return options.stream().filter(o -> o.key() == optionKey).findFirst();
    }

    /** The section's words, or none. */
    public Optional<Wording> sectionWording() {
        return section == null || section.isBlank() ? Optional.empty() : Optional.of(section);
    }

    SurveyQuestion withOptions(List<SurveyOption> changed) {
        return new SurveyQuestion(key, kind, text, section, required, changed);
    }
}
