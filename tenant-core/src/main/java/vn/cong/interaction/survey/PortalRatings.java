package vn.cong.interaction.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.cong.platform.DomainException;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.platform.Vietnam;

/**
 * The citizens' rating of the portal itself (VP Art. 9.1d: interface, content, quality, support, each from 1 to 5), on
 * every portal, by calendar year: the year's rating is a survey of its own ({@link SurveyPurpose#PORTAL_RATING}), made
 * from the {@value SurveyTemplates#PORTAL_RATING} template when the year's first rating arrives — no portal of the
 * ten thousand carries an empty one — and answered like any survey: one rating per address and year. Until then the
 * form is the template's (its keys are the same: a template always gives the same keys) and the statistics are zeros.
 */
@ApplicationScoped
@Transactional
public class PortalRatings {

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    Surveys surveys;

    @Inject
    SurveyAnswers answers;

    @Inject
    SurveyTallies tallies;

    @Inject
    Clock clock;

    private volatile SurveyTemplate template;

    /** The form of this year's rating. */
    public SurveyView form() {
        LocalDate today = today();
        return surveys.ratingOf(today.getYear()).map(s -> SurveyView.of(s, today))
                .orElseGet(() -> unrated(today.getYear(), today));
    }

    /** A rating of the portal, in this year's rating survey (made now if it is the year's first). */
    public SurveyResponse rate(AnswerSheet sheet, String address) {
        int year = today().getYear();
        Survey survey = surveys.ratingOf(year).orElseGet(() -> open(year));
        return answers.take(survey, sheet, address);
    }

    /** A year's published statistics (zeros for a year without a rating). */
    public SurveyResults results(int year) {
        LocalDate today = today();
        if (year < SurveyDays.FIRST_YEAR || year > today.getYear()) {
            throw new DomainException(404, "survey.rating.year", String.valueOf(year));
        }
        return surveys.ratingOf(year).map(s -> SurveyCounting.results(s.getId(), s.getTitle(), s.getOpensOn(),
                        s.getClosesOn(), s.phaseOn(today), s.questionnaire(), SurveyBoard.counts(tallies, s, false),
                        false))
                .orElseGet(() -> {
                    SurveyView empty = unrated(year, today);
                    return SurveyCounting.results(0, empty.title(), empty.opensOn(), empty.closesOn(), empty.phase(),
                            empty.questionnaire(), new SurveyCounting.Counts(0, java.util.Map.of(),
                                    java.util.Map.of(), java.util.Map.of()), false);
                });
    }

    /** The years the portal was rated in, newest first. */
    public List<Integer> years() {
        return surveys.ratingYears();
    }

    /**
     * The year's rating survey, made in this transaction. Two first ratings of a year at the same moment: the
     * database keeps one survey per unit and year, and the second person is asked to send again (409) — it then
     * finds the survey made.
     */
    private Survey open(int year) {
        Survey survey = Survey.portalRating(year, template(), clock.instant());
        entityManagers.forCurrentTenant().persist(survey);
        entityManagers.flushUnique(() -> new DomainException(409, "survey.rating.busy"));
        return survey;
    }

    private SurveyView unrated(int year, LocalDate today) {
        SurveyTemplate rating = template();
        LocalDate opens = LocalDate.of(year, 1, 1);
        LocalDate closes = LocalDate.of(year, 12, 31);
        SurveyPhase phase = today.isAfter(closes) ? SurveyPhase.CLOSED : SurveyPhase.OPEN;
        return new SurveyView(0, SurveyPurpose.PORTAL_RATING, rating.title(), rating.intro(), opens, closes, phase,
                false, true, rating.questionnaire(), rating.name(), year);
    }

    private SurveyTemplate template() {
        SurveyTemplate loaded = template;
        if (loaded == null) {
            loaded = SurveyTemplates.load(SurveyTemplates.PORTAL_RATING);
            template = loaded;
        }
        return loaded;
    }

    private LocalDate today() {
        return clock.instant().atZone(Vietnam.ZONE).toLocalDate();
    }
}
