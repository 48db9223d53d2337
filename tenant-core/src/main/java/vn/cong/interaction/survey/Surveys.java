package vn.cong.interaction.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cong.platform.TenantBoundEntityManager;

/** The current unit's surveys and their answers' rows, each query tenant-bound; the services' one door to them. */
@ApplicationScoped
public class Surveys {

    @Inject
    TenantBoundEntityManager entityManagers;

    public Optional<Survey> find(long id) {
        return Optional.ofNullable(entityManagers.forCurrentTenant().find(Survey.class, id));
    }

    /**
     * The survey locked for a change by the builder: an answer arriving at the same moment marks the survey's first
     * answer on this row, so either the change waits for the answer (and then finds the survey frozen) or the answer
     * waits for the change (and then finds the survey changed).
     */
    public Optional<Survey> forChange(long id) {
        return Optional.ofNullable(entityManagers.forCurrentTenant().find(Survey.class, id,
                LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<Survey> ratingOf(int year) {
        return entityManagers.forCurrentTenant().createQuery("select s from Survey s where s.purpose = :rating"
                        + " and s.ratingYear = :year", Survey.class)
                .setParameter("rating", SurveyPurpose.PORTAL_RATING).setParameter("year", year)
                .getResultStream().findFirst();
    }

    /** The years the portal has been rated in, newest first (one row a year). */
    public List<Integer> ratingYears() {
        return entityManagers.forCurrentTenant().createQuery("select s.ratingYear from Survey s where s.purpose ="
                        + " :rating order by s.ratingYear desc", Integer.class)
                .setParameter("rating", SurveyPurpose.PORTAL_RATING).setMaxResults(100).getResultList();
    }

    /** Every survey of the unit for the board, newest first, a page. */
    public List<Survey> page(int first, int max) {
        return entityManagers.forCurrentTenant().createQuery("select s from Survey s order by s.opensOn desc, s.id"
                + " desc", Survey.class).setFirstResult(Math.max(first, 0)).setMaxResults(bounded(max))
                .getResultList();
    }

    public long count() {
        return entityManagers.forCurrentTenant().createQuery("select count(s) from Survey s", Long.class)
                .getSingleResult();
    }

    /** The board's surveys citizens see on {@code today}: open ones first, then closed ones, newest first. */
    public List<Survey> published(java.time.LocalDate today, int first, int max) {
        return entityManagers.forCurrentTenant().createQuery("select s from Survey s where s.purpose = :board and"
                        + " s.opensOn <= :today and s.questionCount > 0 order by case when s.closesOn >= :today then 0"
                        + " else 1 end, s.opensOn desc, s.id desc", Survey.class)
                .setParameter("board", SurveyPurpose.BOARD).setParameter("today", today)
                .setFirstResult(Math.max(first, 0)).setMaxResults(bounded(max)).getResultList();
    }

    public long countPublished(java.time.LocalDate today) {
        return entityManagers.forCurrentTenant().createQuery("select count(s) from Survey s where s.purpose = :board"
                        + " and s.opensOn <= :today and s.questionCount > 0", Long.class)
                .setParameter("board", SurveyPurpose.BOARD).setParameter("today", today).getSingleResult();
    }

    /** The number of answers of each of these surveys (one GROUP BY; a survey without answers is absent). */
    public Map<Long, Long> answerCounts(Collection<Long> surveyIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (surveyIds.isEmpty()) {
            return counts;
        }
        for (Object[] row : entityManagers.forCurrentTenant().createQuery("select r.surveyId, count(r) from"
                        + " SurveyResponse r where r.surveyId in :ids group by r.surveyId", Object[].class)
                .setParameter("ids", surveyIds).getResultList()) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return counts;
    }

    public boolean answeredFrom(long surveyId, AnswererHash answerer) {
        return entityManagers.forCurrentTenant().createQuery("select count(r) from SurveyResponse r where"
                        + " r.surveyId = :survey and r.answererHash = :hash", Long.class)
                .setParameter("survey", surveyId).setParameter("hash", answerer.value()).getSingleResult() > 0;
    }

    /**
     * Marks the survey's first answer unless the builder changed the survey since {@code seenVersion} was read: false
     * then (the answer was given to other questions). Several first answers at once all pass: the version stays.
     */
    public boolean markAnswered(Survey survey, long seenVersion, java.time.Instant at) {
        return entityManagers.forCurrentTenant().createQuery("update Survey s set s.firstAnswerAt = :at where s.id ="
                        + " :id and s.version = :version")
                .setParameter("at", at).setParameter("id", survey.getId()).setParameter("version", seenVersion)
                .executeUpdate() == 1;
    }

    static int bounded(int max) {
        return Math.min(Math.max(max, 1), 200);
    }
}
