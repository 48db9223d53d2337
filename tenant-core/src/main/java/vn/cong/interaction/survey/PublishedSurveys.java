package vn.cong.interaction.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.cong.platform.DomainException;
import vn.cong.platform.Vietnam;

/**
 * The current portal's surveys as citizens find them, without signing in: the board's surveys from their opening day
 * on (with questions), open ones first then closed ones, newest first, paged; one survey to answer (or, closed, to
 * read the results of); its published statistics — counts, shares and means, never the free-text answers. A survey
 * not yet open, without questions, or of another unit is a 404, the same as one that does not exist.
 */
@ApplicationScoped
@Transactional
public class PublishedSurveys {

    @Inject
    Surveys surveys;

    @Inject
    SurveyTallies tallies;

    @Inject
    Clock clock;

    public List<SurveyView> page(int first, int max) {
        LocalDate today = today();
        return surveys.published(today, first, Math.min(max, 100)).stream().map(s -> SurveyView.of(s, today))
                .toList();
    }

    public long count() {
        return surveys.countPublished(today());
    }

    /** A survey citizens may see: open (its form) or closed (a notice and its results). */
    public SurveyView survey(long surveyId) {
        return SurveyView.of(published(surveyId), today());
    }

    /** Its published statistics: no free text. */
    public SurveyResults results(long surveyId) {
        Survey survey = published(surveyId);
        return SurveyCounting.results(survey.getId(), survey.getTitle(), survey.getOpensOn(), survey.getClosesOn(),
                survey.phaseOn(today()), survey.questionnaire(), SurveyBoard.counts(tallies, survey, false), false);
    }

    private Survey published(long surveyId) {
        LocalDate today = today();
        return surveys.find(surveyId).filter(s -> s.getPurpose() == SurveyPurpose.BOARD && s.isPublicOn(today))
                .orElseThrow(() -> new DomainException(404, "survey.not-found", String.valueOf(surveyId)));
    }

    private LocalDate today() {
        return clock.instant().atZone(Vietnam.ZONE).toLocalDate();
    }
}
