package vn.cong.interaction.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The statistics from the counts: each option once per answer that ticked it — never per combination —, a scale's
 * mean, a section's mean, and free text never counted out loud. The counts are made here as the GROUP BY queries make
 * them, from the rows the answers are stored as ({@link AnswerSheet#check}).
 */
class SurveyCountingTest {

    private final Questionnaire questionnaire = Questionnaire.empty().with(QuestionnaireTest.CHANNELS)
            .with(QuestionnaireTest.SATISFIED).with(QuestionnaireTest.REMARKS);
    private final SurveyQuestion channels = questionnaire.questions().get(0);
    private final SurveyQuestion satisfied = questionnaire.questions().get(1);
    private final SurveyQuestion remarks = questionnaire.questions().get(2);

    /** Three answers: {A, B} and 5; {A, C} and 4 with a remark; {A} and 4. */
    private SurveyCounting.Counts counts() {
        List<AnswerSheet> sheets = List.of(
                sheet(List.of(0, 1), 4, null), sheet(List.of(0, 2), 3, "Cần thêm chỗ ngồi."), sheet(List.of(0), 3, null));
        Map<Integer, Long> perOption = new HashMap<>();
        Map<Integer, Set<Integer>> answeredMultiple = new HashMap<>();
        Map<Integer, Long> perText = new HashMap<>();
        int response = 0;
        for (AnswerSheet sheet : sheets) {
            response++;
            CheckedAnswers answers = sheet.check(questionnaire);
            for (CheckedAnswers.Choice choice : answers.choices()) { // GROUP BY option_key
                perOption.merge(choice.optionKey(), 1L, Long::sum);
                if (choice.questionKey() == channels.key()) { // COUNT(DISTINCT response_id) GROUP BY question_key
                    answeredMultiple.computeIfAbsent(choice.questionKey(), k -> new HashSet<>()).add(response);
                }
            }
            answers.texts().forEach(t -> perText.merge(t.questionKey(), 1L, Long::sum));
        }
        Map<Integer, Long> multiple = new HashMap<>();
        answeredMultiple.forEach((k, v) -> multiple.put(k, (long) v.size()));
        return new SurveyCounting.Counts(sheets.size(), perOption, multiple, perText);
    }

    private AnswerSheet sheet(List<Integer> channelOptions, int satisfiedOption, String remark) {
        Map<Integer, List<String>> values = new HashMap<>();
        List<String> ticked = new ArrayList<>();
        channelOptions.forEach(i -> ticked.add(String.valueOf(channels.options().get(i).key())));
        values.put(channels.key(), ticked);
        values.put(satisfied.key(), List.of(String.valueOf(satisfied.options().get(satisfiedOption).key())));
        if (remark != null) {
            values.put(remarks.key(), List.of(remark));
        }
        return new AnswerSheet(values);
    }

    private SurveyResults results(boolean withFreeText) {
        return SurveyCounting.results(1, Wording.of("Khảo sát"), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31),
                SurveyPhase.OPEN, questionnaire, counts(), withFreeText);
    }

    @Test
    void aMultipleChoiceCountsEachOptionOncePerAnswerThatTickedItNeverPerCombination() {
        SurveyResults.QuestionResult result = results(false).questions().get(0);
        assertEquals(List.of(3L, 1L, 1L), result.options().stream().map(SurveyResults.OptionResult::count).toList());
        assertEquals(3, result.answered(), "three answers ticked something");
        assertEquals(List.of("100.00", "33.33", "33.33"), result.options().stream()
                .map(SurveyResults.OptionResult::barPercent).toList(), "shares of those answers: more than 100% in all");
        assertEquals("33,3%", result.options().get(1).percentIn("vi"));
        assertNull(result.mean());
    }

    @Test
    void aScaleHasItsCountPerPointAndItsMean() {
        SurveyResults.QuestionResult scale = results(false).questions().get(1);
        assertEquals(List.of(0L, 0L, 0L, 2L, 1L), scale.options().stream().map(SurveyResults.OptionResult::count)
                .toList());
        assertEquals(3, scale.answered());
        assertEquals(13.0 / 3, scale.mean(), 1e-9); // (5 + 4 + 4) / 3
        assertEquals("4,3", scale.meanIn("vi"));
        assertEquals("4.3", scale.meanIn("en"));
        SurveyResults.SectionScore overall = results(false).sections().get(0);
        assertEquals("Đánh giá chung", overall.section().vi());
        assertEquals(13.0 / 3, overall.mean(), 1e-9);
        assertEquals(3, overall.points());
        assertEquals(5, overall.top());
        assertEquals("86.67", overall.barPercent(), "4.33 of 5");
    }

    @Test
    void freeTextIsNeverInPublishedStatisticsAndOnlyCountedForTheBoard() {
        SurveyResults.QuestionResult published = results(false).questions().get(2);
        assertEquals(QuestionKind.FREE_TEXT, published.kind());
        assertNull(published.textAnswers(), "no figure at all in the published statistics");
        assertEquals(List.of(), published.options());
        assertEquals(1L, results(true).questions().get(2).textAnswers());
        assertEquals(3, results(true).answers());
    }

    @Test
    void aSurveyWithoutAnswersHasZerosAndNoMeans() {
        SurveyResults none = SurveyCounting.results(1, Wording.of("Khảo sát"), LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 31), SurveyPhase.OPEN, questionnaire, new SurveyCounting.Counts(0, Map.of(),
                        Map.of(), Map.of()), false);
        assertEquals(0, none.answers());
        assertNull(none.questions().get(1).mean());
        assertEquals("0.00", none.questions().get(0).options().get(0).barPercent());
        assertNull(none.sections().get(0).mean());
    }
}
