package vn.cong.portal.pages;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cong.catalog.DefaultCatalog;
import vn.cong.interaction.QuestionStatus;

/** A parsed citizen address: which view, and the category code or article slug in it. */
public record PublicRoute(Kind kind, String key) {

    public static final String ATTRIBUTE = "cong.route";

    /** Where the citizen views live ({@link CitizenViewDeclarations}). */
    static final String VIEWS = "/public/";

    /** Where every unit publishes its catalog of published information. */
    public static final String INFORMATION_CATALOG_PATH = "/" + DefaultCatalog.INFORMATION_CATALOG;

    /** Where every unit's document search answers (GET form: shareable, cacheable per query string). */
    public static final String DOCUMENT_SEARCH_PATH = "/van-ban";

    /** Every preset's questions-and-answers category, whose page lists the published answers. */
    public static final String QUESTIONS_CATEGORY = "hoi-dap";

    /** The public Q&amp;A list, also at {@code /chuyen-muc/hoi-dap}. */
    public static final String QUESTIONS_PATH = "/hoi-dap";

    /** Where a draft for comment is read and commented on: {@code /lay-y-kien/{slug}}. */
    public static final String CONSULTATION_PREFIX = "/lay-y-kien/";

    /** Where every unit takes citizens' questions. */
    public static final String QUESTION_FORM_PATH = "/hoi-dap/dat-cau-hoi";

    /** Every portal's surveys: the list; one survey's form at {@code /khao-sat/{id}}, its results under it. */
    public static final String SURVEYS_PATH = "/khao-sat";

    /** Every portal's rating of itself (VP Art. 9.1d), linked from every page's footer; its results under it. */
    public static final String RATING_PATH = "/danh-gia";

    public static final String RATING_RESULTS_PATH = RATING_PATH + "/ket-qua";

    private static final Pattern SURVEY = Pattern.compile("/khao-sat/([1-9][0-9]{0,17})/?");
    private static final Pattern SURVEY_RESULTS = Pattern.compile("/khao-sat/([1-9][0-9]{0,17})/ket-qua/?");

    private static final Pattern DOCUMENT_SEARCH = Pattern.compile("/(tim-)?van-ban/?");

    private static final Pattern CATEGORY = Pattern.compile("/chuyen-muc/([a-z0-9-]{1,64})/?");
    private static final Pattern ARTICLE = Pattern.compile("/bai-viet/([a-z0-9-]{1,200})/?");
    private static final Pattern CONSULTATION = Pattern.compile("/lay-y-kien/([a-z0-9-]{1,200})/?");

    public enum Kind {
        HOME("/public/home.xhtml"), CATEGORY("/public/category.xhtml"), ARTICLE("/public/article.xhtml"),
        /** The catalog of published information (REQUIREMENTS §3.16), generated from the unit's catalog. */
        INFORMATION_CATALOG("/public/information-catalog.xhtml"),
        /** The document search (REQUIREMENTS §3.5): {@code /van-ban}, also {@code /tim-van-ban}. */
        DOCUMENT_SEARCH("/public/documents.xhtml"),
        /** A citizen asks (REQUIREMENTS §3.14): {@code /hoi-dap/dat-cau-hoi}, a form that works without script. */
        QUESTION_FORM("/public/question-form.xhtml"),
        /** The asker follows a question by its code: {@code /hoi-dap/tra-cuu}. */
        QUESTION_STATUS("/public/question-status.xhtml"),
        /** The portal's surveys, open ones first (REQUIREMENTS §5): {@code /khao-sat}. */
        SURVEYS("/public/surveys.xhtml"),
        /** One survey's form, a plain POST form that works without script: {@code /khao-sat/{id}}. */
        SURVEY("/public/survey-form.xhtml"),
        /** One survey's published statistics: {@code /khao-sat/{id}/ket-qua}. */
        SURVEY_RESULTS("/public/survey-results.xhtml"),
        /** The portal's rating, the same form as a survey's: {@code /danh-gia}. */
        RATING("/public/survey-form.xhtml"),
        /** The rating's published statistics, by year ({@code ?nam=}): {@code /danh-gia/ket-qua}. */
        RATING_RESULTS("/public/survey-results.xhtml"),
        /** A draft for comment, paragraph by paragraph, with its comments and forms: {@code /lay-y-kien/{slug}}. */
        CONSULTATION("/public/consultation.xhtml");

        private final String view;

        Kind(String view) {
            this.view = view;
        }

        String view() {
            return view;
        }
    }

    public String view() {
        return kind.view;
    }

    public static String surveyPath(long surveyId) {
        return SURVEYS_PATH + "/" + surveyId;
    }

    public static String surveyResultsPath(long surveyId) {
        return surveyPath(surveyId) + "/ket-qua";
    }

    /** The citizen address of a category's page. */
    public static String categoryPath(String code) {
        return DefaultCatalog.INFORMATION_CATALOG.equals(code) ? INFORMATION_CATALOG_PATH : "/chuyen-muc/" + code;
    }

    public static Optional<PublicRoute> parse(String path) {
        if (path.isEmpty() || "/".equals(path)) {
            return Optional.of(new PublicRoute(Kind.HOME, null));
        }
        if ("/gioi-thieu".equals(path) || "/gioi-thieu/".equals(path)) {
            return Optional.of(new PublicRoute(Kind.CATEGORY, "gioi-thieu"));
        }
        if (QUESTIONS_PATH.equals(path) || (QUESTIONS_PATH + "/").equals(path)) {
            return Optional.of(new PublicRoute(Kind.CATEGORY, QUESTIONS_CATEGORY));
        }
        if (INFORMATION_CATALOG_PATH.equals(path) || (INFORMATION_CATALOG_PATH + "/").equals(path)) {
            return Optional.of(new PublicRoute(Kind.INFORMATION_CATALOG, null));
        }
        if (DOCUMENT_SEARCH.matcher(path).matches()) {
            return Optional.of(new PublicRoute(Kind.DOCUMENT_SEARCH, null));
        }
        if (QUESTION_FORM_PATH.equals(path) || (QUESTION_FORM_PATH + "/").equals(path)) {
            return Optional.of(new PublicRoute(Kind.QUESTION_FORM, null));
        }
        if (QuestionStatus.PATH.equals(path) || (QuestionStatus.PATH + "/").equals(path)) {
            return Optional.of(new PublicRoute(Kind.QUESTION_STATUS, null));
        }
        if (SURVEYS_PATH.equals(path) || (SURVEYS_PATH + "/").equals(path)) {
            return Optional.of(new PublicRoute(Kind.SURVEYS, null));
        }
        if (RATING_PATH.equals(path) || (RATING_PATH + "/").equals(path)) {
            return Optional.of(new PublicRoute(Kind.RATING, null));
        }
        if (RATING_RESULTS_PATH.equals(path) || (RATING_RESULTS_PATH + "/").equals(path)) {
            return Optional.of(new PublicRoute(Kind.RATING_RESULTS, null));
        }
        Matcher survey = SURVEY.matcher(path);
        if (survey.matches()) {
            return Optional.of(new PublicRoute(Kind.SURVEY, survey.group(1)));
        }
        Matcher results = SURVEY_RESULTS.matcher(path);
        if (results.matches()) {
            return Optional.of(new PublicRoute(Kind.SURVEY_RESULTS, results.group(1)));
        }
        Matcher consultation = CONSULTATION.matcher(path);
        if (consultation.matches()) {
            return Optional.of(new PublicRoute(Kind.CONSULTATION, consultation.group(1)));
        }
        Matcher category = CATEGORY.matcher(path);
        if (category.matches()) {
            return Optional.of(category.group(1).equals(DefaultCatalog.INFORMATION_CATALOG)
                    ? new PublicRoute(Kind.INFORMATION_CATALOG, null) : new PublicRoute(Kind.CATEGORY, category.group(1)));
        }
        Matcher article = ARTICLE.matcher(path);
        if (article.matches()) {
            return Optional.of(new PublicRoute(Kind.ARTICLE, article.group(1)));
        }
        return Optional.empty();
    }
}
