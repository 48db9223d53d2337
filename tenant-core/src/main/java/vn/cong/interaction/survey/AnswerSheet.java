package vn.cong.interaction.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cong.platform.VietnameseText;

/**
 * What a person sent to a survey, question by question as the form carries it: the values given for each question's
 * key (an option's key for a choice or a scale — several for a multiple choice —, the words for free text), as typed.
 * {@link #check} holds it to the questionnaire: every problem at once, each naming its question, or the answer as it
 * is stored.
 */
public record AnswerSheet(Map<Integer, List<String>> values) {

    /** The longest free-text answer: about a typed page. */
    public static final int TEXT_MAX = 2000;

    public AnswerSheet {
        values = Map.copyOf(values);
    }

    /** The answer checked against the questions: what is stored, or {@link AnswersRefused} (422) naming each problem. */
    public CheckedAnswers check(Questionnaire questionnaire) {
        Map<Integer, String> problems = new LinkedHashMap<>();
        List<CheckedAnswers.Choice> choices = new ArrayList<>();
        List<CheckedAnswers.Text> texts = new ArrayList<>();
        for (SurveyQuestion question : questionnaire.questions()) {
            List<String> given = values.getOrDefault(question.key(), List.of()).stream()
                    .filter(v -> v != null && !v.isBlank()).toList();
            if (given.isEmpty()) {
                if (question.required()) {
                    problems.put(question.key(), "survey.answer.required");
                }
                continue;
            }
            if (question.kind() == QuestionKind.FREE_TEXT) {
                String text = VietnameseText.nfc(given.get(0)).strip();
                if (given.size() > 1) {
                    problems.put(question.key(), "survey.answer.one");
                } else if (text.length() > TEXT_MAX) {
                    problems.put(question.key(), "survey.answer.too-long");
                } else {
                    texts.add(new CheckedAnswers.Text(question.key(), text));
                }
                continue;
            }
            Set<Integer> ticked = new LinkedHashSet<>();
            for (String value : given) {
                Integer key = parse(value);
                if (key == null || question.option(key).isEmpty()) {
                    problems.put(question.key(), "survey.answer.unknown");
                    break;
                }
                ticked.add(key);
            }
            if (problems.containsKey(question.key())) {
                continue;
            }
            if (question.kind().takesOne() && ticked.size() > 1) {
                problems.put(question.key(), "survey.answer.one");
                continue;
            }
            ticked.forEach(option -> choices.add(new CheckedAnswers.Choice(question.key(), option)));
        }
        if (!problems.isEmpty()) {
            throw new AnswersRefused(problems);
        }
        if (choices.isEmpty() && texts.isEmpty()) {
            throw new AnswersRefused(Map.of());
        }
        return new CheckedAnswers(choices, texts);
    }

    private static Integer parse(String value) {
        String digits = value.strip();
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.valueOf(digits);
    }
}
