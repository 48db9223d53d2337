package vn.cong.portal.interaction;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cong.identity.ClientOrigin;
import vn.cong.interaction.survey.AnswerSheet;
import vn.cong.interaction.survey.AnswersRefused;
import vn.cong.interaction.survey.PortalRatings;
import vn.cong.interaction.survey.PublishedSurveys;
import vn.cong.interaction.survey.QuestionKind;
import vn.cong.interaction.survey.SurveyAnswers;
import vn.cong.interaction.survey.SurveyQuestion;
import vn.cong.interaction.survey.SurveyResponse;
import vn.cong.interaction.survey.SurveyView;
import vn.cong.platform.DomainException;
import vn.cong.platform.Vietnam;
import vn.cong.portal.abuse.CitizenFormGuard;
import vn.cong.portal.abuse.FormTokens;
import vn.cong.portal.pages.PublicRoute;
import vn.cong.tenancy.TenantContext;

/**
 * A survey's form ({@code /khao-sat/{id}}) and the portal's rating ({@code /danh-gia}): a plain HTML form posted to its
 * own address that works without JavaScript (the proof-of-work widget only adds its field when scripts run), guarded
 * by {@link CitizenFormGuard} like the question form. A refused answer shows the form again with every choice and word
 * kept and a message beside each question (422, nothing saved), or the reason (409: already answered from this
 * address, closed, changed; 400/429: the guard's); a taken one goes (303) to the results with a thank-you. The rules
 * are {@link SurveyAnswers}' and {@link PortalRatings}'; this class only reads the form and shows the outcome.
 */
@Named
@RequestScoped
public class SurveyFormPage {

    /** A form field per question: {@code q} and the question's key. */
    static final String FIELD = "q";

    @Inject
    HttpServletRequest request;

    @Inject
    TenantContext tenant;

    @Inject
    CitizenFormGuard guard;

    @Inject
    FormTokens tokens;

    @Inject
    ClientOrigin origin;

    @Inject
    PublishedSurveys published;

    @Inject
    SurveyAnswers answers;

    @Inject
    PortalRatings ratings;

    @Inject
    SurveyResultsCache results;

    private SurveyView survey;
    private boolean rating;
    private final Map<Integer, String> errors = new HashMap<>();
    private String refusal;
    private String formToken;

    public void load() throws IOException {
        response().setHeader("Cache-Control", "no-store");
        PublicRoute route = (PublicRoute) request.getAttribute(PublicRoute.ATTRIBUTE);
        rating = route != null && route.kind() == PublicRoute.Kind.RATING;
        try {
            if (route == null) {
                throw new DomainException(404, "survey.not-found", "?"); // the view opened by its file name
            }
            survey = rating ? ratings.form() : published.survey(Long.parseLong(route.key()));
        } catch (RuntimeException failure) {
            notFound(failure);
            return;
        }
        if ("POST".equals(request.getMethod())) {
            submit();
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!faces.getResponseComplete() && survey.isOpen()) {
            formToken = tokens.issue(request, response());
        }
    }

    private void submit() {
        String language = tenant.language();
        CitizenFormGuard.Verdict verdict = guard.admit(request);
        if (!verdict.taken()) {
            refusal = verdict.refuse(response(), language);
            return;
        }
        try {
            String address = origin.address(request);
            SurveyResponse taken = rating ? ratings.rate(sheet(), address) : answers.submit(survey.id(), sheet(),
                    address);
            long unitId = tenant.unitId();
            if (rating) {
                results.forgetRating(unitId, today().getYear());
            } else {
                results.forgetSurvey(unitId, taken.getSurveyId());
            }
            response().setStatus(HttpServletResponse.SC_SEE_OTHER);
            response().setHeader("Location", getResultsPath() + "?da-gui=1");
            FacesContext.getCurrentInstance().responseComplete();
        } catch (RuntimeException failure) {
            DomainException refused = DomainException.foundIn(failure).orElseThrow(() -> failure);
            if (refused instanceof AnswersRefused perQuestion) {
                for (SurveyQuestion question : survey.questionnaire().questions()) {
                    String problem = perQuestion.problemOf(question.key(), language);
                    if (problem != null) {
                        errors.put(question.key(), problem);
                    }
                }
            }
            refusal = refused.localizedMessage(language);
            response().setStatus(refused.status());
        }
    }

    /** What was sent for each question of the survey — and nothing else —, at most what a question can take. */
    private AnswerSheet sheet() {
        Map<Integer, List<String>> values = new LinkedHashMap<>();
        for (SurveyQuestion question : survey.questionnaire().questions()) {
            String[] given = request.getParameterValues(FIELD + question.key());
            if (given != null) {
                int most = question.kind() == QuestionKind.FREE_TEXT ? 2 : question.options().size() + 1;
                values.put(question.key(), Arrays.stream(given).limit(most).map(SurveyFormPage::cut).toList());
            }
        }
        return new AnswerSheet(values);
    }

    /** A value longer than any answer may be is cut before it is checked (the check then refuses it). */
    private static String cut(String value) {
        return value.length() > AnswerSheet.TEXT_MAX + 1 ? value.substring(0, AnswerSheet.TEXT_MAX + 1) : value;
    }

    private void notFound(RuntimeException failure) throws IOException {
        DomainException.foundIn(failure).filter(e -> e.status() == 404).orElseThrow(() -> failure);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, null);
        faces.responseComplete();
    }

    /** A question's option was ticked in what was sent. */
    public boolean ticked(int questionKey, int optionKey) {
        String[] given = request.getParameterValues(FIELD + questionKey);
        return given != null && Arrays.asList(given).contains(String.valueOf(optionKey));
    }

    /** The words typed for a free-text question ("" when none). */
    public String typed(int questionKey) {
        String given = request.getParameter(FIELD + questionKey);
        return given == null ? "" : cut(given);
    }

    /** How a question is answered in HTML: {@code radio}, {@code checkbox} or {@code text}. */
    public String input(SurveyQuestion question) {
        return switch (question.kind()) {
            case SINGLE_CHOICE, SCALE -> "radio";
            case MULTIPLE_CHOICE -> "checkbox";
            case FREE_TEXT -> "text";
        };
    }

    /** Whether the question at this place starts a section (its heading is shown above it). */
    public boolean startsSection(int index) {
        List<SurveyQuestion> questions = survey.questionnaire().questions();
        SurveyQuestion question = questions.get(index);
        if (question.section() == null) {
            return false;
        }
        return index == 0 || !question.section().equals(questions.get(index - 1).section());
    }

    public String error(int questionKey) {
        return errors.get(questionKey);
    }

    /** The id of a question's message, for {@code aria-describedby}; none when it has no message. */
    public String errorId(int questionKey) {
        return hasError(questionKey) ? FIELD + questionKey + "-error" : null;
    }

    public boolean hasError(int questionKey) {
        return errors.containsKey(questionKey);
    }

    public SurveyView getSurvey() {
        return survey;
    }

    public boolean isRating() {
        return rating;
    }

    public String getRefusal() {
        return refusal;
    }

    public String getFormToken() {
        return formToken;
    }

    /** Where the form posts: its own address. */
    public String getActionPath() {
        return rating ? PublicRoute.RATING_PATH : PublicRoute.surveyPath(survey.id());
    }

    public String getResultsPath() {
        return rating ? PublicRoute.RATING_RESULTS_PATH : PublicRoute.surveyResultsPath(survey.id());
    }

    public String getFreeTextMax() {
        return String.valueOf(AnswerSheet.TEXT_MAX);
    }

    private static LocalDate today() {
        return LocalDate.now(Vietnam.ZONE);
    }

    private static HttpServletResponse response() {
        return (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse();
    }
}
