package vn.cong.portal.interaction;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import vn.cong.interaction.survey.PublishedSurveys;
import vn.cong.interaction.survey.SurveyView;
import vn.cong.portal.pages.PublicRoute;

/**
 * Khảo sát ý kiến ({@code /khao-sat?trang=N}): the portal's surveys from their opening day on — open ones first, each
 * with a link to its form, then closed ones with a link to their results — {@value #PAGE} a page.
 */
@Named
@RequestScoped
public class SurveyListPage {

    static final int PAGE = 20;

    @Inject
    HttpServletRequest request;

    @Inject
    PublishedSurveys published;

    private List<SurveyView> surveys;
    private long total;
    private int page;

    public void load() {
        ((HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse())
                .setHeader("Cache-Control", "no-cache");
        page = page(request.getParameter("trang"));
        total = published.count();
        surveys = published.page((page - 1) * PAGE, PAGE);
    }

    static int page(String asked) {
        if (asked == null || !asked.strip().matches("[1-9][0-9]{0,5}")) {
            return 1;
        }
        return Integer.parseInt(asked.strip());
    }

    public List<SurveyView> getSurveys() {
        return surveys;
    }

    public long getTotal() {
        return total;
    }

    public int getPage() {
        return page;
    }

    public boolean isHasPrevious() {
        return page > 1;
    }

    public boolean isHasNext() {
        return (long) page * PAGE < total;
    }

    public String path(SurveyView survey) {
        return survey.isOpen() ? PublicRoute.surveyPath(survey.id()) : PublicRoute.surveyResultsPath(survey.id());
    }

    public String resultsPath(SurveyView survey) {
        return PublicRoute.surveyResultsPath(survey.id());
    }
}
