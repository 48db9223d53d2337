package vn.cong.interaction.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cong.platform.DomainException;
import vn.cong.platform.Vietnam;

/** A survey opens and closes by itself on its days (Vietnam's calendar), and is frozen from its first answer on. */
class SurveyTest {

    private static final Instant NOW = Instant.parse("2026-12-08T03:00:00Z");

    static Survey survey(LocalDate opens, LocalDate closes) {
        return Survey.ofBoard(new Wording("Khảo sát cải cách hành chính", "Administrative reform survey"), null,
                opens, closes, Questionnaire.empty().with(QuestionnaireTest.CHANNELS).with(QuestionnaireTest.SATISFIED),
                null, NOW, 7L);
    }

    @Test
    void itIsOpenFromItsOpeningDayToItsClosingDayInclusiveOnVietnamsCalendar() {
        Survey survey = survey(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 20));
        assertEquals(SurveyPhase.UPCOMING, survey.phaseOn(LocalDate.of(2026, 12, 9)));
        assertEquals(SurveyPhase.OPEN, survey.phaseOn(LocalDate.of(2026, 12, 10)));
        assertEquals(SurveyPhase.OPEN, survey.phaseOn(LocalDate.of(2026, 12, 20)));
        assertEquals(SurveyPhase.CLOSED, survey.phaseOn(LocalDate.of(2026, 12, 21)));
        // 23:30 in Hà Nội on the 9th is 16:30 UTC: still the 9th there, though the 10th is hours away in UTC+14
        LocalDate hanoi = Instant.parse("2026-12-09T16:30:00Z").atZone(Vietnam.ZONE).toLocalDate();
        assertEquals(SurveyPhase.UPCOMING, survey.phaseOn(hanoi));
        LocalDate nextMorning = Instant.parse("2026-12-09T17:00:00Z").atZone(Vietnam.ZONE).toLocalDate();
        assertEquals(SurveyPhase.OPEN, survey.phaseOn(nextMorning), "midnight in Hà Nội opens it");
    }

    @Test
    void citizensSeeItFromItsFirstDayOnAndOnlyWithQuestions() {
        Survey survey = survey(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 20));
        assertFalse(survey.isPublicOn(LocalDate.of(2026, 12, 9)));
        assertTrue(survey.isPublicOn(LocalDate.of(2026, 12, 10)));
        assertTrue(survey.isPublicOn(LocalDate.of(2027, 1, 5)), "closed: its results stay public");
        Survey empty = Survey.ofBoard(Wording.of("Chưa có câu hỏi"), null, LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 31), Questionnaire.empty(), null, NOW, 7L);
        assertFalse(empty.isPublicOn(LocalDate.of(2026, 12, 10)));
    }

    @Test
    void theBuilderShapesItUntilTheFirstAnswerThenItIsFrozenButItsDaysMayStillChange() {
        Survey survey = survey(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));
        survey.retitle(Wording.of("Khảo sát năm 2026"), Wording.of("Xin ông/bà dành ít phút."));
        survey.reshape(q -> q.with(QuestionnaireTest.REMARKS));
        assertEquals(3, survey.questionnaire().questions().size());
        assertFalse(survey.isFrozen());

        survey.answeredFirstAt(NOW);
        assertTrue(survey.isFrozen());
        DomainException frozen = assertThrows(DomainException.class, () -> survey.reshape(q -> q.without(
                q.questions().get(0).key())));
        assertEquals(409, frozen.status());
        assertEquals("survey.frozen", frozen.messageKey());
        assertTrue(frozen.localizedMessage("vi").contains("đã có người trả lời"), frozen.localizedMessage("vi"));
        assertEquals(409, assertThrows(DomainException.class, () -> survey.retitle(Wording.of("Tên khác"), null))
                .status());
        assertEquals(3, survey.questionnaire().questions().size(), "nothing changed");
        assertEquals("Khảo sát năm 2026", survey.getTitle().vi());

        survey.reschedule(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 15));
        assertEquals(LocalDate.of(2027, 1, 15), survey.getClosesOn(), "prolonged after answers");
    }

    @Test
    void daysAreBothGivenInOrderAndWithinWhatTheDatabaseHolds() {
        assertEquals("survey.days.order", assertThrows(DomainException.class, () -> survey(LocalDate.of(2026, 12, 2),
                LocalDate.of(2026, 12, 1))).messageKey());
        assertEquals("survey.days.required", assertThrows(DomainException.class, () -> survey(null,
                LocalDate.of(2026, 12, 1))).messageKey());
        assertEquals("survey.days.range", assertThrows(DomainException.class, () -> survey(LocalDate.of(2026, 1, 1),
                LocalDate.MAX)).messageKey());
        Survey oneDay = survey(LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 8));
        assertEquals(SurveyPhase.OPEN, oneDay.phaseOn(LocalDate.of(2026, 12, 8)));
    }

    @Test
    void theTitleIsRequiredInVietnameseAndLimited() {
        assertEquals("survey.title.required", assertThrows(DomainException.class, () -> Survey.ofBoard(
                new Wording(null, "English only"), null, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2),
                Questionnaire.empty(), null, NOW, 7L)).messageKey());
        assertEquals("survey.title.size", assertThrows(DomainException.class, () -> Survey.ofBoard(
                Wording.of("x".repeat(256)), null, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2),
                Questionnaire.empty(), null, NOW, 7L)).messageKey());
    }

    @Test
    void thePortalsRatingIsTheSameEverywhereOpenAllYearAndNeverChanged() {
        Survey rating = Survey.portalRating(2026, SurveyTemplates.load(SurveyTemplates.PORTAL_RATING), NOW);
        assertEquals(LocalDate.of(2026, 1, 1), rating.getOpensOn());
        assertEquals(LocalDate.of(2026, 12, 31), rating.getClosesOn());
        assertTrue(rating.isFrozen());
        assertEquals("survey.rating.fixed", assertThrows(DomainException.class,
                () -> rating.reschedule(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30))).messageKey());
        assertEquals("survey.rating.fixed", assertThrows(DomainException.class,
                () -> rating.reshape(q -> q.with(QuestionnaireTest.REMARKS))).messageKey());
        assertEquals(List.of(QuestionKind.SCALE, QuestionKind.SCALE, QuestionKind.SCALE, QuestionKind.SCALE),
                rating.questionnaire().questions().stream().map(SurveyQuestion::kind).toList());
    }

    @Test
    void everySurveyDrawsItsOwnSalt() {
        Survey a = survey(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2));
        Survey b = survey(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2));
        assertEquals(32, a.salt().length);
        assertFalse(java.util.Arrays.equals(a.salt(), b.salt()));
    }
}
