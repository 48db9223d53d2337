package vn.cong.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.cong.interaction.survey.AnswerSheet;
import vn.cong.interaction.survey.PortalRatings;
import vn.cong.interaction.survey.QuestionKind;
import vn.cong.interaction.survey.Questionnaire;
import vn.cong.interaction.survey.Survey;
import vn.cong.interaction.survey.SurveyAnswers;
import vn.cong.interaction.survey.SurveyQuestion;
import vn.cong.interaction.survey.SurveyTemplate;
import vn.cong.interaction.survey.SurveyTemplates;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.platform.Vietnam;
import vn.cong.tenancy.Unit;

/**
 * Đạo Trù's surveys, so that its charts show something on the first start: the SIPAS satisfaction survey made from
 * the template, open since ten days and for twenty more, with {@value #ANSWERS} answers — mostly satisfied, access to
 * the service rated lowest, a few suggestions in words — and {@value #RATINGS} ratings of the portal this year. The
 * answers go through {@link SurveyAnswers} and {@link PortalRatings} like a citizen's (hashed addresses, one row per
 * option ticked), each from an address of the documentation ranges (198.51.100.0/24, 203.0.113.0/24), drawn from a
 * fixed seed: every demo has the same figures.
 */
@ApplicationScoped
public class DemoSurveys {

    static final int ANSWERS = 36;
    static final int RATINGS = 18;

    /** How often each point of a 1–5 scale is chosen, in percent: mostly satisfied. */
    private static final int[] SATISFIED = {3, 6, 18, 46, 27};
    /** Access to the service (waiting room, equipment) fares worse, as it often does. */
    private static final int[] ACCESS = {6, 14, 30, 35, 15};
    /** How often each channel of information is ticked, in percent. */
    private static final int[] CHANNELS = {62, 41, 33, 48, 20};
    private static final List<String> SUGGESTIONS = List.of(
            "Nên bố trí thêm ghế ngồi chờ và quạt mát ở Bộ phận Một cửa.",
            "Cán bộ hướng dẫn rất nhiệt tình, cảm ơn xã.",
            "Đề nghị niêm yết mẫu tờ khai điền sẵn để người dân làm theo.",
            "Nên có máy lấy số thứ tự vào buổi sáng thứ Hai.",
            "Mong xã nhắn tin báo khi có kết quả để đỡ phải đi lại.",
            "Đường vào trụ sở cần biển chỉ dẫn Bộ phận Một cửa.");

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    SurveyAnswers answers;

    @Inject
    PortalRatings ratings;

    void load(Unit daoTru, long secretaryId, Instant now) {
        Random random = new Random(2026_12_08L);
        entityManagers.runAs(daoTru, () -> {
            LocalDate today = now.atZone(Vietnam.ZONE).toLocalDate();
            SurveyTemplate sipas = SurveyTemplates.load(SurveyTemplates.SIPAS);
            Survey survey = Survey.ofBoard(sipas.title(), sipas.intro(), today.minusDays(10), today.plusDays(20),
                    sipas.questionnaire(), sipas.name(), now, secretaryId);
            entityManagers.forCurrentTenant().persist(survey);
            for (int i = 1; i <= ANSWERS; i++) {
                // each answer reads the survey as the database has it, as each citizen's own transaction does: its
                // first answer marks it answered by a statement that the entity in memory does not see
                entityManagers.forCurrentTenant().flush();
                entityManagers.forCurrentTenant().clear();
                answers.submit(survey.getId(), sipasAnswer(survey.questionnaire(), random, i), "198.51.100." + i);
            }
            Questionnaire rating = ratings.form().questionnaire();
            for (int i = 1; i <= RATINGS; i++) {
                entityManagers.forCurrentTenant().flush();
                entityManagers.forCurrentTenant().clear();
                ratings.rate(scales(rating, random), "203.0.113." + i);
            }
            return null;
        });
    }

    private static AnswerSheet sipasAnswer(Questionnaire questionnaire, Random random, int number) {
        Map<Integer, List<String>> values = new HashMap<>();
        for (SurveyQuestion question : questionnaire.questions()) {
            String section = question.section() == null ? "" : question.section().vi();
            switch (question.kind()) {
                case SINGLE_CHOICE -> values.put(question.key(), List.of(key(question, random.nextInt(100) < 78 ? 0 : 1)));
                case MULTIPLE_CHOICE -> {
                    List<String> ticked = new ArrayList<>();
                    for (int o = 0; o < question.options().size(); o++) {
                        if (random.nextInt(100) < CHANNELS[o % CHANNELS.length]) {
                            ticked.add(key(question, o));
                        }
                    }
                    values.put(question.key(), ticked);
                }
                case SCALE -> values.put(question.key(), List.of(key(question,
                        point(random, section.startsWith("Tiếp cận") ? ACCESS : SATISFIED))));
                case FREE_TEXT -> {
                    if (number % 6 == 0) {
                        values.put(question.key(), List.of(SUGGESTIONS.get(number / 6 - 1)));
                    }
                }
            }
        }
        return new AnswerSheet(values);
    }

    private static AnswerSheet scales(Questionnaire questionnaire, Random random) {
        Map<Integer, List<String>> values = new HashMap<>();
        for (SurveyQuestion question : questionnaire.questions()) {
            if (question.kind() == QuestionKind.SCALE) {
                values.put(question.key(), List.of(key(question, point(random, SATISFIED))));
            }
        }
        return new AnswerSheet(values);
    }

    /** The index of a point drawn by its weights (percent). */
    private static int point(Random random, int[] weights) {
        int draw = random.nextInt(100);
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static String key(SurveyQuestion question, int option) {
        return String.valueOf(question.options().get(Math.min(option, question.options().size() - 1)).key());
    }
}
