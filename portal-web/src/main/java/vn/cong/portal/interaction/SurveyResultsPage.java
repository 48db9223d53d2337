package vn.cong.portal.interaction;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import vn.cong.interaction.survey.PortalRatings;
import vn.cong.interaction.survey.PublishedSurveys;
import vn.cong.interaction.survey.SurveyResults;
import vn.cong.platform.DomainException;
import vn.cong.platform.Vietnam;
import vn.cong.portal.pages.PublicRoute;
import vn.cong.tenancy.TenantContext;

/**
 * A survey's published statistics ({@code /khao-sat/{id}/ket-qua}) and the portal's rating's ({@code /danh-gia/ket-qua},
 * {@code ?nam=} for an earlier year): the number of answers, each option's count and share, the means of scales and of
 * sections, drawn as bars (themes' {@code cong-chart/survey-results.xhtml}) with their tables — never the free-text
 * answers. Read through {@link SurveyResultsCache}; {@code ?da-gui=1} thanks the person who just answered.
 */
@Named
@RequestScoped
public class SurveyResultsPage {

    @Inject
    HttpServletRequest request;

    @Inject
    TenantContext tenant;

    @Inject
    PublishedSurveys published;

    @Inject
    PortalRatings ratings;

    @Inject
    SurveyResultsCache cache;

    private SurveyResults results;
    private boolean rating;
    private int year;
    private List<Integer> years = List.of();

    public void load() throws IOException {
        response().setHeader("Cache-Control", "no-cache");
        PublicRoute route = (PublicRoute) request.getAttribute(PublicRoute.ATTRIBUTE);
        long unitId = tenant.unitId();
        try {
            if (route == null) {
                throw new DomainException(404, "survey.not-found", "?");
            }
            rating = route.kind() == PublicRoute.Kind.RATING_RESULTS;
            if (rating) {
                year = year(request.getParameter("nam"));
                results = cache.rating(unitId, year, () -> ratings.results(year));
                years = ratings.years();
            } else {
                long id = Long.parseLong(route.key());
                results = cache.survey(unitId, id, () -> published.results(id));
            }
        } catch (RuntimeException failure) {
            DomainException.foundIn(failure).filter(e -> e.status() == 404).orElseThrow(() -> failure);
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
        }
    }

    /** The year asked for ({@code ?nam=2025}), else this year; anything not a year is this year. */
    static int year(String asked) {
        int thisYear = LocalDate.now(Vietnam.ZONE).getYear();
        if (asked == null || !asked.strip().matches("\\d{4}")) {
            return thisYear;
        }
        return Integer.parseInt(asked.strip());
    }

    public SurveyResults getResults() {
        return results;
    }

    public boolean isRating() {
        return rating;
    }

    public int getYear() {
        return year;
    }

    /** The other years the portal was rated in, for links. */
    public List<Integer> getOtherYears() {
        return years.stream().filter(y -> y != year).toList();
    }

    public boolean isJustSent() {
        return "1".equals(request.getParameter("da-gui"));
    }

    public String getFormPath() {
        return rating ? PublicRoute.RATING_PATH : PublicRoute.surveyPath(results.surveyId());
    }

    private static HttpServletResponse response() {
        return (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse();
    }
}
