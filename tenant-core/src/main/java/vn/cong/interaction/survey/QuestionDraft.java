package vn.cong.interaction.survey;

import java.util.List;

/**
 * A question as the board writes it, before it has keys: its kind, words, section and whether it must be answered;
 * for a choice question its options in order; for a scale its lowest and highest points and, from the lowest, the
 * labels of as many points as the board named. Checked by {@link Questionnaire#with(QuestionDraft)}.
 */
public record QuestionDraft(QuestionKind kind, Wording text, Wording section, boolean required, List<Wording> options,
                            Integer scaleFrom, Integer scaleTo, List<Wording> scaleLabels) {

    public QuestionDraft {
        // a missing option is a blank one, refused by the check with its number — never a failure here
        options = options == null ? List.of() : options.stream().map(Wording::orNone).toList();
        scaleLabels = scaleLabels == null ? List.of() : scaleLabels.stream().map(Wording::orNone).toList();
    }

    public static QuestionDraft choice(QuestionKind kind, Wording text, Wording section, boolean required,
                                       List<Wording> options) {
        return new QuestionDraft(kind, text, section, required, options, null, null, List.of());
    }

    public static QuestionDraft scale(Wording text, Wording section, boolean required, int from, int to,
                                      List<Wording> labels) {
        return new QuestionDraft(QuestionKind.SCALE, text, section, required, List.of(), from, to, labels);
    }

    public static QuestionDraft freeText(Wording text, Wording section, boolean required) {
        return new QuestionDraft(QuestionKind.FREE_TEXT, text, section, required, List.of(), null, null, List.of());
    }
}
