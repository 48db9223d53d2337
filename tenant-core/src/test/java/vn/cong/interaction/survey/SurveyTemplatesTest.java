package vn.cong.interaction.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.cong.platform.DomainException;

/** The shipped templates: the SIPAS bank by its five factors in both languages, and the portal's rating. */
class SurveyTemplatesTest {

    private static final List<String> SIPAS_FACTORS = List.of("Tiếp cận dịch vụ", "Thủ tục hành chính",
            "Công chức trực tiếp giải quyết công việc", "Kết quả giải quyết công việc",
            "Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị");

    @Test
    void sipasAsksAHandfulOfOneToFiveScalesPerFactorInVietnameseAndEnglish() {
        SurveyTemplate sipas = SurveyTemplates.load(SurveyTemplates.SIPAS);
        Map<String, List<SurveyQuestion>> bySection = sipas.questionnaire().questions().stream()
                .filter(q -> q.section() != null)
                .collect(Collectors.groupingBy(q -> q.section().vi(), java.util.LinkedHashMap::new,
                        Collectors.toList()));
        for (String factor : SIPAS_FACTORS) {
            List<SurveyQuestion> questions = bySection.get(factor);
            assertNotNull(questions, factor);
            assertTrue(questions.size() >= 3, factor + ": " + questions.size());
            for (SurveyQuestion question : questions) {
                assertEquals(QuestionKind.SCALE, question.kind(), question.text().vi());
                assertEquals(List.of(1, 2, 3, 4, 5), question.options().stream().map(SurveyOption::value).toList());
                assertTrue(question.required());
                assertNotNull(question.text().en(), "English: " + question.text().vi());
                assertEquals("Rất hài lòng", question.options().get(4).text().vi());
                assertEquals("Very satisfied", question.options().get(4).text().en());
            }
        }
        assertEquals("Khảo sát sự hài lòng về sự phục vụ hành chính", sipas.title().vi());
        assertNotNull(sipas.intro().en());
        assertEquals(java.util.EnumSet.allOf(QuestionKind.class), sipas.questionnaire().questions().stream()
                .map(SurveyQuestion::kind).collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(
                        QuestionKind.class))), "the template shows every kind of question");
        sipas.questionnaire().questions().stream().filter(q -> q.kind() == QuestionKind.FREE_TEXT)
                .forEach(q -> assertTrue(!q.required(), "free text is optional"));
    }

    @Test
    void aTemplateGivesTheSameKeysEveryTimeItIsRead() {
        assertEquals(SurveyTemplates.load(SurveyTemplates.SIPAS).questionnaire(),
                SurveyTemplates.load(SurveyTemplates.SIPAS).questionnaire());
        Questionnaire rating = SurveyTemplates.load(SurveyTemplates.PORTAL_RATING).questionnaire();
        assertEquals(rating, QuestionnaireJson.read(QuestionnaireJson.write(rating)));
        assertEquals(List.of("Giao diện", "Nội dung", "Chất lượng thông tin", "Hỗ trợ"), rating.questions().stream()
                .map(q -> q.text().vi().substring(0, q.text().vi().indexOf(':'))).toList());
    }

    @Test
    void anUnknownTemplateIsA422AndNoPathEscapes() {
        for (String name : new String[] {"khong-co", "../../db/migration/V1__foundation", null, "SIPAS"}) {
            DomainException refused = assertThrows(DomainException.class, () -> SurveyTemplates.load(name));
            assertEquals(422, refused.status());
            assertEquals("survey.template.unknown", refused.messageKey());
        }
    }
}
