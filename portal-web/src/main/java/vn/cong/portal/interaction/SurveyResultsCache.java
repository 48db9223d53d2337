package vn.cong.portal.interaction;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cong.interaction.survey.SurveyResults;

/**
 * Published statistics kept a short while ({@code cong.survey.results-seconds}, 30 by default) per unit and survey, so
 * that a results page read by thousands costs the database a few GROUP BYs a minute, whatever the traffic; an answer
 * taken through the portal drops its survey's entry at once, so the person who answered sees it counted. Statistics
 * are counts a citizen may read: nothing personal is kept here. In memory, per member of a cluster.
 */
@ApplicationScoped
public class SurveyResultsCache {

    @Inject
    @ConfigProperty(name = "cong.survey.results-seconds", defaultValue = "30")
    int seconds;

    private Cache<String, SurveyResults> results;

    @PostConstruct
    void init() {
        results = Caffeine.newBuilder().maximumSize(20_000).expireAfterWrite(Duration.ofSeconds(Math.max(seconds, 0)))
                .build();
    }

    public SurveyResults survey(long unitId, long surveyId, Supplier<SurveyResults> count) {
        return results.get(surveyKey(unitId, surveyId), k -> count.get());
    }

    public SurveyResults rating(long unitId, int year, Supplier<SurveyResults> count) {
        return results.get(ratingKey(unitId, year), k -> count.get());
    }

    public void forgetSurvey(long unitId, long surveyId) {
        results.invalidate(surveyKey(unitId, surveyId));
    }

    public void forgetRating(long unitId, int year) {
        results.invalidate(ratingKey(unitId, year));
    }

    private static String surveyKey(long unitId, long surveyId) {
        return unitId + ":s:" + surveyId;
    }

    private static String ratingKey(long unitId, int year) {
        return unitId + ":r:" + year;
    }
}
