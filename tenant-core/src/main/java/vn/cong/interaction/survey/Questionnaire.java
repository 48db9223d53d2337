package vn.cong.interaction.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.cong.platform.DomainException;

/**
 * The questions of a survey, in order — what the builder shapes and citizens answer. A value: every change gives a
 * new questionnaire, checked whole, so a refused change leaves the survey as it was. Questions and options get keys
 * from one counter ({@code nextKey}) that only grows: a key removed is never given again, so an answer always means
 * the option it named.
 *
 * <p>Limits, for the form a citizen fills on a phone and for the size of a row: {@value #MAX_QUESTIONS} questions,
 * {@value #MIN_OPTIONS}–{@value #MAX_OPTIONS} options per choice question, scales from 0 or 1 up to at most
 * {@value #MAX_SCALE}, a question's words at most {@value #TEXT_MAX} characters, an option's {@value #OPTION_MAX}.
 */
public record Questionnaire(List<SurveyQuestion> questions, int nextKey) {

    public static final int MAX_QUESTIONS = 60;
    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 20;
    public static final int MAX_SCALE = 10;
    public static final int TEXT_MAX = 500;
    public static final int SECTION_MAX = 200;
    public static final int OPTION_MAX = 200;

    public Questionnaire {
        questions = List.copyOf(questions);
    }

    public static Questionnaire empty() {
        return new Questionnaire(List.of(), 1);
    }

    public Optional<SurveyQuestion> question(int key) {
        return questions.stream().filter(q -> q.key() == key).findFirst();
    }

    public boolean isEmpty() {
        return questions.isEmpty();
    }

    /** The question added at the end, checked (422 naming its number and what is wrong). */
    public Questionnaire with(QuestionDraft draft) {
        int number = questions.size() + 1;
        if (number > MAX_QUESTIONS) {
            throw new DomainException(422, "survey.questions.too-many", MAX_QUESTIONS);
        }
        int[] next = {nextKey};
        SurveyQuestion question = build(draft, number, next);
        List<SurveyQuestion> all = new ArrayList<>(questions);
        all.add(question);
        return new Questionnaire(all, next[0]);
    }

    /** These questions added in order (a template, or the API's whole questionnaire). */
    public Questionnaire withAll(List<QuestionDraft> drafts) {
        Questionnaire result = this;
        for (QuestionDraft draft : drafts) {
            if (draft == null) {
                throw new DomainException(422, "survey.question.kind.required", result.questions.size() + 1);
            }
            result = result.with(draft);
        }
        return result;
    }

    /** The question moved one place up ({@code -1}) or down ({@code +1}); at either end it stays. */
    public Questionnaire moved(int questionKey, int step) {
        int from = indexOf(questionKey);
        int to = from + Integer.signum(step);
        if (to < 0 || to >= questions.size()) {
            return this;
        }
        List<SurveyQuestion> all = new ArrayList<>(questions);
        all.add(to, all.remove(from));
        return new Questionnaire(all, nextKey);
    }

    public Questionnaire without(int questionKey) {
        List<SurveyQuestion> all = new ArrayList<>(questions);
        all.remove(indexOf(questionKey));
        return new Questionnaire(all, nextKey);
    }

    /** An option added at the end of a choice question (a scale's points are its range: 422). */
    public Questionnaire withOption(int questionKey, Wording text) {
        int index = indexOf(questionKey);
        SurveyQuestion question = questions.get(index);
        int number = index + 1;
        if (question.kind() == QuestionKind.SCALE || !question.kind().hasOptions()) {
            throw new DomainException(422, "survey.option.not-choice", number);
        }
        if (question.options().size() >= MAX_OPTIONS) {
            throw new DomainException(422, "survey.question.options.count", number, MIN_OPTIONS, MAX_OPTIONS);
        }
        Wording checked = Wording.orNone(text).checked("survey.option.text", OPTION_MAX, false, number,
                question.options().size() + 1);
        List<SurveyOption> options = new ArrayList<>(question.options());
        options.add(new SurveyOption(nextKey, checked, null));
        return replaced(index, question.withOptions(options), nextKey + 1);
    }

    /** An option removed from a choice question, which keeps at least {@value #MIN_OPTIONS}. */
    public Questionnaire withoutOption(int questionKey, int optionKey) {
        int index = indexOf(questionKey);
        SurveyQuestion question = questions.get(index);
        int number = index + 1;
        if (question.kind() != QuestionKind.SINGLE_CHOICE && question.kind() != QuestionKind.MULTIPLE_CHOICE) {
            throw new DomainException(422, "survey.option.not-choice", number);
        }
        if (question.option(optionKey).isEmpty()) {
            throw new DomainException(404, "survey.option.unknown", number, optionKey);
        }
        if (question.options().size() <= MIN_OPTIONS) {
            throw new DomainException(422, "survey.question.options.count", number, MIN_OPTIONS, MAX_OPTIONS);
        }
        return replaced(index, question.withOptions(question.options().stream()
                .filter(o -> o.key() != optionKey).toList()), nextKey);
    }

    private Questionnaire replaced(int index, SurveyQuestion question, int next) {
        List<SurveyQuestion> all = new ArrayList<>(questions);
        all.set(index, question);
        return new Questionnaire(all, next);
    }

    private int indexOf(int questionKey) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).key() == questionKey) {
                return i;
            }
        }
        throw new DomainException(404, "survey.question.unknown", questionKey);
    }

    /** The draft checked and given keys from {@code next[0]} on (which it advances). */
    private static SurveyQuestion build(QuestionDraft draft, int number, int[] next) {
        if (draft.kind() == null) {
            throw new DomainException(422, "survey.question.kind.required", number);
        }
        Wording text = Wording.orNone(draft.text()).checked("survey.question.text", TEXT_MAX, false, number);
        Wording section = Wording.orNone(draft.section()).checked("survey.question.section", SECTION_MAX, true,
                number);
        int key = next[0]++;
        List<SurveyOption> options = new ArrayList<>();
        switch (draft.kind()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                if (draft.options().size() < MIN_OPTIONS || draft.options().size() > MAX_OPTIONS) {
                    throw new DomainException(422, "survey.question.options.count", number, MIN_OPTIONS, MAX_OPTIONS);
                }
                for (Wording option : draft.options()) {
                    options.add(new SurveyOption(next[0]++, Wording.orNone(option).checked("survey.option.text",
                            OPTION_MAX, false, number, options.size() + 1), null));
                }
            }
            case SCALE -> {
                Integer from = draft.scaleFrom();
                Integer to = draft.scaleTo();
                if (from == null || to == null || from < 0 || from > 1 || to < 2 || to > MAX_SCALE) {
                    throw new DomainException(422, "survey.question.scale.range", number, MAX_SCALE);
                }
                int points = to - from + 1;
                if (draft.scaleLabels().size() > points) {
                    throw new DomainException(422, "survey.question.scale.labels", number, points,
                            draft.scaleLabels().size());
                }
                for (int value = from; value <= to; value++) {
                    int i = value - from;
                    Wording label = i < draft.scaleLabels().size() ? Wording.orNone(draft.scaleLabels().get(i))
                            .checked("survey.option.text", OPTION_MAX, true, number, i + 1) : new Wording(null, null);
                    options.add(new SurveyOption(next[0]++, label, value));
                }
            }
            case FREE_TEXT -> {
                if (!draft.options().isEmpty() || draft.scaleFrom() != null || draft.scaleTo() != null
                        || !draft.scaleLabels().isEmpty()) {
                    throw new DomainException(422, "survey.question.free-text.options", number);
                }
            }
        }
        return new SurveyQuestion(key, draft.kind(), text, section.isBlank() ? null : section, draft.required(),
                options);
    }
}
