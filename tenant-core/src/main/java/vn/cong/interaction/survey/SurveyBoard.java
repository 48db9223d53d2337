package vn.cong.interaction.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.cong.identity.Actor;
import vn.cong.platform.DomainException;
import vn.cong.platform.Vietnam;

/**
 * What the board reads of the current unit's surveys, in the back office and the API: the list (newest first, paged,
 * with each survey's answers counted in one query per page), one survey with its questions, its statistics with the
 * number of free-text answers, and those answers themselves, a page at a time, newest first. Builders only
 * ({@link SurveyPolicy}, 403); another unit's survey is a 404.
 */
@ApplicationScoped
@Transactional
public class SurveyBoard {

    @Inject
    Surveys surveys;

    @Inject
    SurveyTallies tallies;

    @Inject
    Clock clock;

    public List<SurveyRow> list(Actor actor, int first, int max) {
        allowed(actor);
        List<Survey> page = surveys.page(first, max);
        Map<Long, Long> answers = surveys.answerCounts(page.stream().map(Survey::getId).toList());
        LocalDate today = today();
        return page.stream().map(s -> SurveyRow.of(s, today, answers.getOrDefault(s.getId(), 0L))).toList();
    }

    public long count(Actor actor) {
        allowed(actor);
        return surveys.count();
    }

    public SurveyView survey(Actor actor, long surveyId) {
        allowed(actor);
        return SurveyView.of(found(surveyId), today());
    }

    /** The statistics, with how many free-text answers each such question has. */
    public SurveyResults results(Actor actor, long surveyId) {
        allowed(actor);
        Survey survey = found(surveyId);
        return SurveyCounting.results(survey.getId(), survey.getTitle(), survey.getOpensOn(), survey.getClosesOn(),
                survey.phaseOn(today()), survey.questionnaire(), counts(tallies, survey, true), true);
    }

    /** One free-text question's answers, newest first — the board's only ({@link SurveyPolicy#mayReadFreeText}). */
    public List<FreeTextAnswer> freeText(Actor actor, long surveyId, int questionKey, int first, int max) {
        Survey survey = freeTextOf(actor, surveyId, questionKey);
        return tallies.texts(survey.getId(), questionKey, first, max).stream().map(FreeTextAnswer::of).toList();
    }

    public long freeTextCount(Actor actor, long surveyId, int questionKey) {
        Survey survey = freeTextOf(actor, surveyId, questionKey);
        return tallies.textCount(survey.getId(), questionKey);
    }

    /** The counts of a survey's statistics, each one aggregate query; free-text counts only when asked. */
    static SurveyCounting.Counts counts(SurveyTallies tallies, Survey survey, boolean withFreeText) {
        long id = survey.getId();
        List<Integer> multiple = survey.questionnaire().questions().stream()
                .filter(q -> q.kind() == QuestionKind.MULTIPLE_CHOICE).map(SurveyQuestion::key).toList();
        return new SurveyCounting.Counts(tallies.answers(id), tallies.perOption(id), tallies.answeredAmong(id, multiple),
                withFreeText ? tallies.perTextQuestion(id) : Map.of());
    }

    private Survey freeTextOf(Actor actor, long surveyId, int questionKey) {
        if (!SurveyPolicy.mayReadFreeText(actor)) {
            throw new DomainException(403, "survey.free-text.forbidden");
        }
        Survey survey = found(surveyId);
        boolean text = survey.questionnaire().question(questionKey)
                .filter(q -> q.kind() == QuestionKind.FREE_TEXT).isPresent();
        if (!text) {
            throw new DomainException(404, "survey.question.unknown", questionKey);
        }
        return survey;
    }

    private Survey found(long surveyId) {
        return surveys.find(surveyId).orElseThrow(() -> new DomainException(404, "survey.not-found",
                String.valueOf(surveyId)));
    }

    private LocalDate today() {
        return clock.instant().atZone(Vietnam.ZONE).toLocalDate();
    }

    private static void allowed(Actor actor) {
        if (!SurveyPolicy.mayBuild(actor)) {
            throw new DomainException(403, "survey.forbidden");
        }
    }
}
