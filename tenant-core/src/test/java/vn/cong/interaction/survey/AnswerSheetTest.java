package vn.cong.interaction.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a person sent, held to the questions: stored as one row per option ticked, or refused question by question. */
class AnswerSheetTest {

    private final Questionnaire questionnaire = Questionnaire.empty().with(QuestionnaireTest.CHANNELS)
            .with(QuestionnaireTest.SATISFIED).with(QuestionnaireTest.REMARKS);
    private final SurveyQuestion channels = questionnaire.questions().get(0);
    private final SurveyQuestion satisfied = questionnaire.questions().get(1);
    private final SurveyQuestion remarks = questionnaire.questions().get(2);

    private static String key(SurveyOption option) {
        return String.valueOf(option.key());
    }

    @Test
    void aMultipleChoiceTickedTwiceIsTwoChoicesAndAScaleOne() {
        CheckedAnswers answers = new AnswerSheet(Map.of(
                channels.key(), List.of(key(channels.options().get(0)), key(channels.options().get(2))),
                satisfied.key(), List.of(key(satisfied.options().get(3))),
                remarks.key(), List.of("  Nên mở thêm quầy vào sáng thứ Bảy.  "))).check(questionnaire);
        assertEquals(List.of(new CheckedAnswers.Choice(channels.key(), channels.options().get(0).key()),
                new CheckedAnswers.Choice(channels.key(), channels.options().get(2).key()),
                new CheckedAnswers.Choice(satisfied.key(), satisfied.options().get(3).key())), answers.choices());
        assertEquals(List.of(new CheckedAnswers.Text(remarks.key(), "Nên mở thêm quầy vào sáng thứ Bảy.")),
                answers.texts());
    }

    @Test
    void theSameOptionSentTwiceCountsOnce() {
        String twice = key(channels.options().get(1));
        CheckedAnswers answers = new AnswerSheet(Map.of(channels.key(), List.of(twice, twice),
                satisfied.key(), List.of(key(satisfied.options().get(0))))).check(questionnaire);
        assertEquals(2, answers.choices().size());
    }

    @Test
    void everyProblemAtOnceEachOnItsQuestionAndNothingKept() {
        Map<Integer, List<String>> values = new HashMap<>();
        values.put(channels.key(), List.of("999"));
        values.put(remarks.key(), List.of("x".repeat(AnswerSheet.TEXT_MAX + 1)));
        AnswersRefused refused = assertThrows(AnswersRefused.class, () -> new AnswerSheet(values).check(questionnaire));
        assertEquals(422, refused.status());
        assertEquals(Map.of(channels.key(), "survey.answer.unknown", satisfied.key(), "survey.answer.required",
                remarks.key(), "survey.answer.too-long"), refused.problems());
        assertEquals("Hãy trả lời câu hỏi này.", refused.problemOf(satisfied.key(), "vi"));
        assertEquals("Please answer this question.", refused.problemOf(satisfied.key(), "en"));
        assertEquals("Có 3 câu hỏi chưa trả lời đúng; hãy xem các câu được đánh dấu rồi gửi lại. Chưa có gì được"
                + " gửi đi.", refused.localizedMessage("vi"));
    }

    @Test
    void aScaleTakesOnePointAndOnlyItsOwnOptions() {
        AnswersRefused two = assertThrows(AnswersRefused.class, () -> new AnswerSheet(Map.of(satisfied.key(),
                List.of(key(satisfied.options().get(0)), key(satisfied.options().get(1))))).check(questionnaire));
        assertEquals("survey.answer.one", two.problems().get(satisfied.key()));
        AnswersRefused foreign = assertThrows(AnswersRefused.class, () -> new AnswerSheet(Map.of(satisfied.key(),
                List.of(key(channels.options().get(0))))).check(questionnaire));
        assertEquals("survey.answer.unknown", foreign.problems().get(satisfied.key()), "another question's option");
        AnswersRefused words = assertThrows(AnswersRefused.class, () -> new AnswerSheet(Map.of(satisfied.key(),
                List.of("năm"))).check(questionnaire));
        assertEquals("survey.answer.unknown", words.problems().get(satisfied.key()));
    }

    @Test
    void anAnswerThatAnswersNothingIsRefused() {
        Questionnaire optional = Questionnaire.empty().with(QuestionnaireTest.CHANNELS).with(QuestionnaireTest.REMARKS);
        AnswersRefused nothing = assertThrows(AnswersRefused.class,
                () -> new AnswerSheet(Map.of(optional.questions().get(1).key(), List.of("   "))).check(optional));
        assertEquals("survey.answer.empty", nothing.messageKey());
        assertEquals(Map.of(), nothing.problems());
    }
}
