package vn.cong.interaction.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.cong.platform.DomainException;

/** The builder's moves on a questionnaire: ordered questions, options kept within bounds, keys never given twice. */
class QuestionnaireTest {

    static final QuestionDraft CHANNELS = QuestionDraft.choice(QuestionKind.MULTIPLE_CHOICE,
            new Wording("Ông/bà biết thủ tục qua kênh nào?", "How did you learn of it?"), null, false,
            List.of(Wording.of("Niêm yết"), Wording.of("Cổng thông tin"), Wording.of("Người quen")));
    static final QuestionDraft SATISFIED = QuestionDraft.scale(Wording.of("Mức độ hài lòng"),
            Wording.of("Đánh giá chung"), true, 1, 5, List.of(Wording.of("Rất không hài lòng"), Wording.of("Không"
                    + " hài lòng"), Wording.of("Bình thường"), Wording.of("Hài lòng"), Wording.of("Rất hài lòng")));
    static final QuestionDraft REMARKS = QuestionDraft.freeText(Wording.of("Góp ý khác"), null, false);

    @Test
    void questionsKeepTheOrderTheyWereAddedInAndGetKeysTheirOptionsToo() {
        Questionnaire q = Questionnaire.empty().with(CHANNELS).with(SATISFIED).with(REMARKS);
        assertEquals(List.of(QuestionKind.MULTIPLE_CHOICE, QuestionKind.SCALE, QuestionKind.FREE_TEXT),
                q.questions().stream().map(SurveyQuestion::kind).toList());
        List<Integer> keys = q.questions().stream().flatMap(s -> java.util.stream.Stream.concat(
                java.util.stream.Stream.of(s.key()), s.options().stream().map(SurveyOption::key))).toList();
        assertEquals(IntStream.rangeClosed(1, 11).boxed().toList(), keys, "one counter for questions and options");
        assertEquals(12, q.nextKey());
    }

    @Test
    void aScaleIsItsPointsEachAnOptionWithItsValueAndTheLabelsFromTheLowest() {
        SurveyQuestion scale = Questionnaire.empty().with(QuestionDraft.scale(Wording.of("Giao diện"), null, true, 0,
                3, List.of(Wording.of("Kém")))).questions().get(0);
        assertEquals(List.of(0, 1, 2, 3), scale.options().stream().map(SurveyOption::value).toList());
        assertEquals("0 — Kém", scale.options().get(0).label("vi"));
        assertEquals("3", scale.options().get(3).label("vi"), "an unlabelled point reads as its number");
    }

    @Test
    void movingReordersAndStopsAtTheEnds() {
        Questionnaire q = Questionnaire.empty().with(CHANNELS).with(SATISFIED).with(REMARKS);
        int remarks = q.questions().get(2).key();
        Questionnaire up = q.moved(remarks, -1);
        assertEquals(List.of(QuestionKind.MULTIPLE_CHOICE, QuestionKind.FREE_TEXT, QuestionKind.SCALE),
                up.questions().stream().map(SurveyQuestion::kind).toList());
        assertEquals(q, q.moved(q.questions().get(0).key(), -1), "the first stays first");
        assertEquals(q, q.moved(remarks, +1), "the last stays last");
    }

    @Test
    void aKeyRemovedIsNeverGivenAgain() {
        Questionnaire q = Questionnaire.empty().with(CHANNELS);
        SurveyQuestion channels = q.questions().get(0);
        int removed = channels.options().get(2).key();
        Questionnaire fewer = q.withoutOption(channels.key(), removed);
        Questionnaire more = fewer.withOption(channels.key(), Wording.of("Đài phát thanh xã"));
        int added = more.questions().get(0).options().get(2).key();
        assertTrue(added > removed, "the new option got a new key: " + added);
        Questionnaire again = more.without(channels.key()).with(SATISFIED);
        assertTrue(again.questions().get(0).key() > added);
    }

    @Test
    void aChoiceKeepsTwoToTwentyOptionsAndAScaleItsPoints() {
        Questionnaire q = Questionnaire.empty().with(QuestionDraft.choice(QuestionKind.SINGLE_CHOICE,
                Wording.of("Ông/bà là"), null, true, List.of(Wording.of("Cá nhân"), Wording.of("Tổ chức"))));
        SurveyQuestion single = q.questions().get(0);
        DomainException tooFew = assertThrows(DomainException.class,
                () -> q.withoutOption(single.key(), single.options().get(0).key()));
        assertEquals("survey.question.options.count", tooFew.messageKey());
        assertEquals(422, tooFew.status());
        Questionnaire withScale = q.with(SATISFIED);
        int scaleKey = withScale.questions().get(1).key();
        assertEquals("survey.option.not-choice", assertThrows(DomainException.class,
                () -> withScale.withOption(scaleKey, Wording.of("6"))).messageKey());
        assertEquals("survey.question.options.count", assertThrows(DomainException.class, () -> Questionnaire.empty()
                .with(QuestionDraft.choice(QuestionKind.SINGLE_CHOICE, Wording.of("Có?"), null, true,
                        List.of(Wording.of("Có"))))).messageKey());
    }

    @Test
    void refusalsNameTheQuestionByItsNumber() {
        Questionnaire two = Questionnaire.empty().with(CHANNELS).with(SATISFIED);
        DomainException blank = assertThrows(DomainException.class,
                () -> two.with(QuestionDraft.freeText(new Wording(" ", "Only English"), null, false)));
        assertEquals("survey.question.text.required", blank.messageKey());
        assertEquals(List.of(3), List.of(blank.arguments()));
        assertEquals("Câu hỏi 3: hãy ghi nội dung câu hỏi (tiếng Việt).", blank.localizedMessage("vi"));
        DomainException scale = assertThrows(DomainException.class, () -> two.with(QuestionDraft.scale(
                Wording.of("Thang"), null, true, -1, 5, List.of())));
        assertEquals("survey.question.scale.range", scale.messageKey());
        assertEquals("survey.question.scale.labels", assertThrows(DomainException.class, () -> two.with(
                QuestionDraft.scale(Wording.of("Thang"), null, true, 1, 2, List.of(Wording.of("a"), Wording.of("b"),
                        Wording.of("c"))))).messageKey());
        assertEquals("survey.question.free-text.options", assertThrows(DomainException.class, () -> two.with(
                new QuestionDraft(QuestionKind.FREE_TEXT, Wording.of("Ý kiến"), null, false,
                        List.of(Wording.of("x")), null, null, null))).messageKey());
        assertEquals("survey.question.kind.required", assertThrows(DomainException.class,
                () -> two.withAll(java.util.Arrays.asList((QuestionDraft) null))).messageKey());
        assertEquals(404, assertThrows(DomainException.class, () -> two.without(999)).status());
    }

    @Test
    void aQuestionnaireHasAtMostSixtyQuestions() {
        Questionnaire full = Questionnaire.empty();
        for (int i = 0; i < Questionnaire.MAX_QUESTIONS; i++) {
            full = full.with(REMARKS);
        }
        Questionnaire sixty = full;
        assertEquals("survey.questions.too-many", assertThrows(DomainException.class, () -> sixty.with(REMARKS))
                .messageKey());
    }

    @Test
    void itIsKeptAsJsonAndReadBackTheSame() {
        Questionnaire q = Questionnaire.empty().with(CHANNELS).with(SATISFIED).with(REMARKS);
        Questionnaire read = QuestionnaireJson.read(QuestionnaireJson.write(q));
        assertEquals(q, read);
        assertNull(read.questions().get(0).section());
        assertEquals("How did you learn of it?", read.questions().get(0).text().in("en"));
        assertEquals("Góp ý khác", read.questions().get(2).text().in("en"), "no English: the Vietnamese words");
        assertFalse(read.questions().get(2).required());
    }
}
