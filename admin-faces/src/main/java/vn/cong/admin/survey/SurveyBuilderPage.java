package vn.cong.admin.survey;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cong.admin.shell.BackOffice;
import vn.cong.admin.shell.Labels;
import vn.cong.interaction.survey.QuestionDraft;
import vn.cong.interaction.survey.QuestionKind;
import vn.cong.interaction.survey.SurveyBoard;
import vn.cong.interaction.survey.SurveyBuilder;
import vn.cong.interaction.survey.SurveyQuestion;
import vn.cong.interaction.survey.SurveyView;
import vn.cong.interaction.survey.Wording;
import vn.cong.platform.DomainException;

/**
 * One survey in the builder ({@code survey.xhtml?id=}): its facts (phase, days, whether answered), its title and
 * introduction, its days, its questions in order — each moved up or down, removed, its options added or removed — and
 * a new question of any kind; while nobody has answered. Once answered the survey says it is frozen and offers only
 * its days. Every change is {@link SurveyBuilder}'s (403, 404, 409 frozen, 422 naming the question); a change done
 * reads the survey again at its address, a refusal stays with what was typed.
 */
@Named
@ViewScoped
public class SurveyBuilderPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BackOffice backOffice;

    @Inject
    transient SurveyBoard board;

    @Inject
    transient SurveyBuilder builder;

    private Long id;
    private transient SurveyView survey;
    private String title;
    private String titleEn;
    private String intro;
    private String introEn;
    private String opensOn;
    private String closesOn;
    private QuestionKind kind = QuestionKind.SINGLE_CHOICE;
    private String text;
    private String textEn;
    private String section;
    private String sectionEn;
    private boolean required = true;
    private String options;
    private String scaleFrom = "1";
    private String scaleTo = "5";
    private String scaleLabels;
    private final Map<String, String> newOptions = new HashMap<>();

    /** View action: the survey as the board reads it (403, 404 otherwise) and its words and days to edit. */
    public void load() {
        try {
            if (id == null) {
                BackOffice.fail(404);
                return;
            }
            survey = board.survey(backOffice.actor(), id);
            title = survey.title().vi();
            titleEn = survey.title().en();
            intro = survey.intro().vi();
            introEn = survey.intro().en();
            opensOn = survey.opensOn().toString();
            closesOn = survey.closesOn().toString();
        } catch (DomainException e) {
            BackOffice.fail(e.status());
        }
    }

    public SurveyView getSurvey() {
        if (survey == null && id != null) {
            survey = board.survey(backOffice.actor(), id);
        }
        return survey;
    }

    public String retitle() {
        return change("survey.done.retitled", () -> builder.retitle(backOffice.actor(), id, new Wording(title, titleEn),
                new Wording(intro, introEn), backOffice.address()));
    }

    public String reschedule() {
        return change("survey.done.rescheduled", () -> builder.reschedule(backOffice.actor(), id,
                SurveyInput.day(opensOn), SurveyInput.day(closesOn), backOffice.address()));
    }

    public String addQuestion() {
        return change("survey.done.question-added", () -> builder.addQuestion(backOffice.actor(), id, draft(),
                backOffice.address()));
    }

    public String moveUp(int questionKey) {
        return change("survey.done.moved", () -> builder.moveQuestion(backOffice.actor(), id, questionKey, -1,
                backOffice.address()));
    }

    public String moveDown(int questionKey) {
        return change("survey.done.moved", () -> builder.moveQuestion(backOffice.actor(), id, questionKey, +1,
                backOffice.address()));
    }

    public String removeQuestion(int questionKey) {
        return change("survey.done.question-removed", () -> builder.removeQuestion(backOffice.actor(), id,
                questionKey, backOffice.address()));
    }

    public String addOption(int questionKey) {
        Wording option = SurveyInput.wording(newOptions.getOrDefault(optionField(questionKey), ""));
        return change("survey.done.option-added", () -> builder.addOption(backOffice.actor(), id, questionKey, option,
                backOffice.address()));
    }

    public String removeOption(int questionKey, int optionKey) {
        return change("survey.done.option-removed", () -> builder.removeOption(backOffice.actor(), id, questionKey,
                optionKey, backOffice.address()));
    }

    public String discard() {
        try {
            builder.discard(backOffice.actor(), id, backOffice.address());
            Labels.flash(backOffice.getLanguage(), "survey.done.discarded");
            return "/admin/surveys.xhtml?faces-redirect=true";
        } catch (DomainException e) {
            return refused(e);
        }
    }

    /** The question being written, as the domain checks it. */
    private QuestionDraft draft() {
        Wording words = new Wording(text, textEn);
        Wording sectionWords = new Wording(section, sectionEn);
        return switch (kind == null ? QuestionKind.SINGLE_CHOICE : kind) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> QuestionDraft.choice(kind, words, sectionWords, required,
                    SurveyInput.lines(options));
            case SCALE -> new QuestionDraft(QuestionKind.SCALE, words, sectionWords, required, List.of(),
                    SurveyInput.number(scaleFrom), SurveyInput.number(scaleTo), SurveyInput.lines(scaleLabels));
            case FREE_TEXT -> QuestionDraft.freeText(words, sectionWords, required);
        };
    }

    /** A change done: its message on the survey's page, read again (a reload does not repeat it). */
    private String change(String doneKey, Runnable work) {
        try {
            work.run();
            Labels.flash(backOffice.getLanguage(), doneKey);
            return "/admin/survey.xhtml?faces-redirect=true&id=" + id;
        } catch (DomainException e) {
            return refused(e);
        }
    }

    private String refused(DomainException refusal) {
        survey = null;
        return backOffice.show(refusal);
    }

    /** The field of a question's new option in {@link #getNewOptions()}. */
    public String optionField(int questionKey) {
        return "o" + questionKey;
    }

    public boolean isChoice(SurveyQuestion question) {
        return question.kind() == QuestionKind.SINGLE_CHOICE || question.kind() == QuestionKind.MULTIPLE_CHOICE;
    }

    public boolean isFirst(SurveyQuestion question) {
        List<SurveyQuestion> questions = getSurvey().questionnaire().questions();
        return !questions.isEmpty() && questions.get(0).key() == question.key();
    }

    public boolean isLast(SurveyQuestion question) {
        List<SurveyQuestion> questions = getSurvey().questionnaire().questions();
        return !questions.isEmpty() && questions.get(questions.size() - 1).key() == question.key();
    }

    public QuestionKind[] getKinds() {
        return QuestionKind.values();
    }

    public String day(LocalDate day) {
        return day == null ? "" : SurveyInput.DAY.format(day);
    }

    public Map<String, String> getNewOptions() {
        return newOptions;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getIntro() {
        return intro;
    }

    public void setIntro(String intro) {
        this.intro = intro;
    }

    public String getIntroEn() {
        return introEn;
    }

    public void setIntroEn(String introEn) {
        this.introEn = introEn;
    }

    public String getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(String opensOn) {
        this.opensOn = opensOn;
    }

    public String getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(String closesOn) {
        this.closesOn = closesOn;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public void setKind(QuestionKind kind) {
        this.kind = kind;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }

    public String getSection() {
        return section;
    }

    public void setSection(String section) {
        this.section = section;
    }

    public String getSectionEn() {
        return sectionEn;
    }

    public void setSectionEn(String sectionEn) {
        this.sectionEn = sectionEn;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public String getOptions() {
        return options;
    }

    public void setOptions(String options) {
        this.options = options;
    }

    public String getScaleFrom() {
        return scaleFrom;
    }

    public void setScaleFrom(String scaleFrom) {
        this.scaleFrom = scaleFrom;
    }

    public String getScaleTo() {
        return scaleTo;
    }

    public void setScaleTo(String scaleTo) {
        this.scaleTo = scaleTo;
    }

    public String getScaleLabels() {
        return scaleLabels;
    }

    public void setScaleLabels(String scaleLabels) {
        this.scaleLabels = scaleLabels;
    }
}
