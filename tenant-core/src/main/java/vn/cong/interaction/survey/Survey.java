package vn.cong.interaction.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Objects;
import java.util.function.UnaryOperator;
import vn.cong.platform.DomainException;
import vn.cong.platform.TenantOwned;

/**
 * A survey of a unit (khảo sát — REQUIREMENTS §5, BNV Art. 6): its title and introduction, the days it is open
 * (Vietnam's calendar; it opens and closes by itself, {@link #phaseOn}), and its {@link Questionnaire}. The board
 * shapes it freely until the first answer arrives; from then on it is <em>frozen</em> — title, introduction and
 * questions stay as the people who answered read them, or the statistics would mean something else — and only its
 * days may still change (to prolong it, or close it early). The portal's yearly rating ({@link SurveyPurpose
 * #PORTAL_RATING}) is frozen from the start: every portal asks the same.
 *
 * <p>Each survey draws its own random salt: the one-answer rule keeps a salted hash of where an answer came from,
 * never the address ({@link vn.cong.interaction.ParticipantKeys}).
 */
@Entity
@Table(name = "survey")
public class Survey extends TenantOwned {

    public static final int TITLE_MAX = 255;
    public static final int INTRO_MAX = 4000;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Column(nullable = false)
    private String title;

    @Column(name = "title_en")
    private String titleEn;

    @Lob
    private String intro;

    @Lob
    @Column(name = "intro_en")
    private String introEn;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SurveyPurpose purpose;

    /** The year a portal rating is of; none for the board's surveys (one rating survey per unit and year). */
    @Column(name = "rating_year")
    private Integer ratingYear;

    /** The template it was made from ({@link SurveyTemplates}), if any. */
    @Column(name = "template_name")
    private String templateName;

    @Lob
    @Column(name = "questionnaire", nullable = false)
    private String questionnaireJson;

    /** How many questions it has: citizens see a survey only with some (a query reads it, not the JSON). */
    @Column(name = "question_count", nullable = false)
    private int questionCount;

    /** Base64 of 32 random bytes: the key of this survey's answerer hashes. */
    @Column(nullable = false)
    private String salt;

    /** When the first answer came: the survey is frozen from then on. */
    @Column(name = "first_answer_at")
    private Instant firstAnswerAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by")
    private Long createdBy;

    @Transient
    private Questionnaire questionnaire;

    protected Survey() {
    }

    private Survey(SurveyPurpose purpose, Wording title, Wording intro, LocalDate opensOn, LocalDate closesOn,
                   Questionnaire questionnaire, String templateName, Integer ratingYear, Instant createdAt,
                   Long createdBy) {
        this.purpose = purpose;
        this.templateName = templateName;
        this.ratingYear = ratingYear;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.createdBy = createdBy;
        byte[] drawn = new byte[32];
        RANDOM.nextBytes(drawn);
        this.salt = Base64.getEncoder().encodeToString(drawn);
        words(title, intro);
        days(opensOn, closesOn);
        keep(questionnaire);
    }

    /** A survey the board builds, with the questions it starts with (none, or a template's). */
    public static Survey ofBoard(Wording title, Wording intro, LocalDate opensOn, LocalDate closesOn,
                                 Questionnaire questionnaire, String templateName, Instant createdAt, Long createdBy) {
        return new Survey(SurveyPurpose.BOARD, title, intro, opensOn, closesOn, questionnaire, templateName, null,
                createdAt, createdBy);
    }

    /** The portal's rating for one calendar year, open all year, from its template. */
    public static Survey portalRating(int year, SurveyTemplate template, Instant createdAt) {
        return new Survey(SurveyPurpose.PORTAL_RATING, template.title(), template.intro(), LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31), template.questionnaire(), template.name(), year, createdAt, null);
    }

    public SurveyPhase phaseOn(LocalDate day) {
        return day.isBefore(opensOn) ? SurveyPhase.UPCOMING : day.isAfter(closesOn) ? SurveyPhase.CLOSED
                : SurveyPhase.OPEN;
    }

    /** Citizens see it — its form while open, its statistics from its first day on — once it has questions. */
    public boolean isPublicOn(LocalDate day) {
        return phaseOn(day) != SurveyPhase.UPCOMING && !questionnaire().isEmpty();
    }

    public boolean isAnswered() {
        return firstAnswerAt != null;
    }

    /** Its words and questions can no longer change: it has answers, or it is the portal's rating. */
    public boolean isFrozen() {
        return isAnswered() || purpose == SurveyPurpose.PORTAL_RATING;
    }

    public void retitle(Wording title, Wording intro) {
        requireEditable();
        words(title, intro);
    }

    /** The questions changed by the builder ({@link Questionnaire}'s operations), while nobody has answered. */
    public void reshape(UnaryOperator<Questionnaire> change) {
        requireEditable();
        keep(change.apply(questionnaire()));
    }

    /** New opening and closing days — also once answered (prolonged, or closed early); not the portal's rating. */
    public void reschedule(LocalDate opens, LocalDate closes) {
        if (purpose == SurveyPurpose.PORTAL_RATING) {
            throw new DomainException(409, "survey.rating.fixed");
        }
        days(opens, closes);
    }

    /** 409 when it may no longer change: why, in words a board member acts on. */
    public void requireEditable() {
        if (purpose == SurveyPurpose.PORTAL_RATING) {
            throw new DomainException(409, "survey.rating.fixed");
        }
        if (isAnswered()) {
            throw new DomainException(409, "survey.frozen", title);
        }
    }

    public Questionnaire questionnaire() {
        if (questionnaire == null) {
            questionnaire = QuestionnaireJson.read(questionnaireJson);
        }
        return questionnaire;
    }

    /**
     * The first answer's mark on a survey in memory. In the database {@link Surveys#markAnswered} writes it, by a
     * statement that leaves the version as it is; a survey read back has it from its row.
     */
    void answeredFirstAt(Instant at) {
        if (firstAnswerAt == null) {
            firstAnswerAt = at;
        }
    }

    /** The key of this survey's answerer hashes. */
    byte[] salt() {
        return Base64.getDecoder().decode(salt);
    }

    private void words(Wording title, Wording intro) {
        Wording checkedTitle = Wording.orNone(title).checked("survey.title", TITLE_MAX, false);
        Wording checkedIntro = Wording.orNone(intro).checked("survey.intro", INTRO_MAX, true);
        this.title = checkedTitle.vi();
        this.titleEn = checkedTitle.en();
        this.intro = checkedIntro.vi();
        this.introEn = checkedIntro.en();
    }

    private void days(LocalDate opens, LocalDate closes) {
        SurveyDays.check(opens, closes);
        this.opensOn = opens;
        this.closesOn = closes;
    }

    private void keep(Questionnaire changed) {
        this.questionnaire = Objects.requireNonNull(changed, "questionnaire");
        this.questionnaireJson = QuestionnaireJson.write(changed);
        this.questionCount = changed.questions().size();
    }

    public Wording getTitle() {
        return new Wording(title, titleEn);
    }

    public Wording getIntro() {
        return new Wording(intro, introEn);
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public SurveyPurpose getPurpose() {
        return purpose;
    }

    public Integer getRatingYear() {
        return ratingYear;
    }

    public String getTemplateName() {
        return templateName;
    }

    public Instant getFirstAnswerAt() {
        return firstAnswerAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getCreatedBy() {
        return createdBy;
    }
}
