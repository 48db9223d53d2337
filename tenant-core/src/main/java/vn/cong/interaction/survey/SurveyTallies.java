package vn.cong.interaction.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cong.platform.TenantBoundEntityManager;

/**
 * The counts a survey's statistics are made of, each one aggregate query over the answers' rows — never the answers
 * loaded: a survey of the whole country may hold millions. The indexes of V24 serve each of them from the index alone
 * ({@code (tenant_id, survey_id, option_key)} and {@code (tenant_id, survey_id, question_key, response_id)}).
 */
@ApplicationScoped
public class SurveyTallies {

    @Inject
    TenantBoundEntityManager entityManagers;

    /** The number of answers. */
    public long answers(long surveyId) {
        return entityManagers.forCurrentTenant().createQuery("select count(r) from SurveyResponse r where"
                + " r.surveyId = :survey", Long.class).setParameter("survey", surveyId).getSingleResult();
    }

    /** Option key → how many answers ticked it. */
    public Map<Integer, Long> perOption(long surveyId) {
        return counts(entityManagers.forCurrentTenant().createQuery("select c.optionKey, count(c) from SurveyChoice c"
                + " where c.surveyId = :survey group by c.optionKey", Object[].class)
                .setParameter("survey", surveyId).getResultList());
    }

    /** Question key → how many answers ticked at least one of its options, for these (multiple-choice) questions. */
    public Map<Integer, Long> answeredAmong(long surveyId, Collection<Integer> questionKeys) {
        if (questionKeys.isEmpty()) {
            return Map.of();
        }
        return counts(entityManagers.forCurrentTenant().createQuery("select c.questionKey, count(distinct"
                        + " c.responseId) from SurveyChoice c where c.surveyId = :survey and c.questionKey in :keys"
                        + " group by c.questionKey", Object[].class)
                .setParameter("survey", surveyId).setParameter("keys", questionKeys).getResultList());
    }

    /** Question key → how many free-text answers it has (the board's figure; the words are never counted out loud). */
    public Map<Integer, Long> perTextQuestion(long surveyId) {
        return counts(entityManagers.forCurrentTenant().createQuery("select t.questionKey, count(t) from"
                        + " SurveyTextAnswer t where t.surveyId = :survey group by t.questionKey", Object[].class)
                .setParameter("survey", surveyId).getResultList());
    }

    /** One free-text question's answers, newest first, a page. */
    public List<SurveyTextAnswer> texts(long surveyId, int questionKey, int first, int max) {
        return entityManagers.forCurrentTenant().createQuery("select t from SurveyTextAnswer t where t.surveyId ="
                        + " :survey and t.questionKey = :question order by t.answeredAt desc, t.id desc",
                        SurveyTextAnswer.class)
                .setParameter("survey", surveyId).setParameter("question", questionKey)
                .setFirstResult(Math.max(first, 0)).setMaxResults(Surveys.bounded(max)).getResultList();
    }

    public long textCount(long surveyId, int questionKey) {
        return entityManagers.forCurrentTenant().createQuery("select count(t) from SurveyTextAnswer t where"
                        + " t.surveyId = :survey and t.questionKey = :question", Long.class)
                .setParameter("survey", surveyId).setParameter("question", questionKey).getSingleResult();
    }

    private static Map<Integer, Long> counts(List<Object[]> rows) {
        Map<Integer, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue());
        }
        return counts;
    }
}
