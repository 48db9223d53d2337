package vn.cong.portal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cong.interaction.survey.QuestionDraft;
import vn.cong.interaction.survey.QuestionKind;
import vn.cong.platform.DomainException;

class SurveysResourceTest {

    @Test
    void everyBodyIsAnObjectSoThatAListIsRefusedBeforeAnySurveyIsTouched() {
        for (Class<?> body : List.of(SurveyApi.SurveyBody.class, SurveyApi.ContentBody.class,
                SurveyApi.ScheduleBody.class, SurveyApi.TemplateBody.class)) {
            assertEquals(JsonInput.Shape.OBJECT, JsonInputGuard.shapeOf(body), body.getSimpleName());
        }
    }

    @Test
    void kindsAndDaysAreReadAsTypedAndAnythingElseIsA422() {
        assertEquals(QuestionKind.MULTIPLE_CHOICE, SurveysResource.kind(" multiple_choice "));
        assertNull(SurveysResource.kind(""), "no kind: the domain names the question that lacks one");
        assertEquals("request.invalid", assertThrows(DomainException.class, () -> SurveysResource.kind("RATING"))
                .messageKey());
        assertEquals(LocalDate.of(2026, 12, 10), SurveysResource.day(" 2026-12-10 ", "opensOn"));
        assertNull(SurveysResource.day(null, "opensOn"));
        DomainException wrong = assertThrows(DomainException.class, () -> SurveysResource.day("10/12/2026", "opensOn"));
        assertEquals(422, wrong.status());
    }

    @Test
    void aQuestionBodyBecomesTheDomainsDraftAndAHugeScaleStaysOutOfRangeInsteadOfWrapping() {
        SurveyApi.QuestionBody scale = new SurveyApi.QuestionBody("SCALE", "Mức độ hài lòng", null, null, null, null,
                null, 1L, 9_223_372_036_854_775_807L, List.of(new SurveyApi.OptionBody("Rất kém", "Very poor")));
        QuestionDraft draft = scale.draft(QuestionKind.SCALE);
        assertEquals(1000, draft.scaleTo(), "refused by the domain's range, never a wrapped -1 or 5");
        assertEquals(Boolean.TRUE, draft.required(), "required unless said otherwise");
        assertEquals("Very poor", draft.scaleLabels().get(0).en());
        SurveyApi.QuestionBody choice = new SurveyApi.QuestionBody("SINGLE_CHOICE", "Ông/bà là", null, null, null,
                false, java.util.Arrays.asList(new SurveyApi.OptionBody("Cá nhân", null), null), null, null, null);
        QuestionDraft withHole = choice.draft(QuestionKind.SINGLE_CHOICE);
        assertEquals(2, withHole.options().size(), "a null option is a blank one, refused with its number");
        assertNull(withHole.options().get(1).vi());
    }
}
