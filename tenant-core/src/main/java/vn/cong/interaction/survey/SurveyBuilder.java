package vn.cong.interaction.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import vn.cong.audit.AuditEvent;
import vn.cong.audit.AuditLog;
import vn.cong.identity.Actor;
import vn.cong.platform.DomainException;
import vn.cong.platform.TenantBoundEntityManager;

/**
 * The board builds the current unit's surveys, from the back office and the API alike, one use case per method and
 * one transaction each: the actor ({@link SurveyPolicy}, 403) → the survey of this unit (404 for any other's), locked
 * → whether it may still change (409: answered, or the portal's rating) → what the request names (422) → applied, an
 * audit line. Nothing here decides how a questionnaire may change: that is {@link Questionnaire}'s and
 * {@link Survey}'s.
 */
@ApplicationScoped
@Transactional
public class SurveyBuilder {

    static final String AUDIT_SUBJECT = "SURVEY";

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    Surveys surveys;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public Survey create(Actor actor, SurveyDraft draft, String address) {
        allowed(actor);
        Survey survey = Survey.ofBoard(draft.title(), draft.intro(), draft.opensOn(), draft.closesOn(),
                Questionnaire.empty().withAll(draft.questions()), null, clock.instant(), actor.accountId());
        entityManagers.forCurrentTenant().persist(survey);
        record(actor, address, "CREATE", survey, null);
        return survey;
    }

    /** A survey made from a ready template ({@link SurveyTemplates}): its title, introduction and questions. */
    public Survey createFromTemplate(Actor actor, String templateName, LocalDate opensOn, LocalDate closesOn,
                                     String address) {
        allowed(actor);
        if (!SurveyTemplates.OFFERED.contains(templateName)) {
            throw new DomainException(422, "survey.template.unknown", String.valueOf(templateName));
        }
        SurveyTemplate template = SurveyTemplates.load(templateName);
        Survey survey = Survey.ofBoard(template.title(), template.intro(), opensOn, closesOn,
                template.questionnaire(), template.name(), clock.instant(), actor.accountId());
        entityManagers.forCurrentTenant().persist(survey);
        record(actor, address, "CREATE", survey, "template " + template.name());
        return survey;
    }

    public Survey retitle(Actor actor, long surveyId, Wording title, Wording intro, String address) {
        Survey survey = changing(actor, surveyId);
        survey.retitle(title, intro);
        record(actor, address, "RETITLE", survey, null);
        return survey;
    }

    public Survey addQuestion(Actor actor, long surveyId, QuestionDraft draft, String address) {
        return reshape(actor, surveyId, q -> q.with(draft), "QUESTION_ADD", address);
    }

    /** One place up ({@code step} −1) or down (+1). */
    public Survey moveQuestion(Actor actor, long surveyId, int questionKey, int step, String address) {
        return reshape(actor, surveyId, q -> q.moved(questionKey, step), "QUESTION_MOVE", address);
    }

    public Survey removeQuestion(Actor actor, long surveyId, int questionKey, String address) {
        return reshape(actor, surveyId, q -> q.without(questionKey), "QUESTION_REMOVE", address);
    }

    public Survey addOption(Actor actor, long surveyId, int questionKey, Wording text, String address) {
        return reshape(actor, surveyId, q -> q.withOption(questionKey, text), "OPTION_ADD", address);
    }

    public Survey removeOption(Actor actor, long surveyId, int questionKey, int optionKey, String address) {
        return reshape(actor, surveyId, q -> q.withoutOption(questionKey, optionKey), "OPTION_REMOVE", address);
    }

    /** Title, introduction and every question written anew (the API's edit), while nobody has answered. */
    public Survey rewrite(Actor actor, long surveyId, Wording title, Wording intro, List<QuestionDraft> questions,
                          String address) {
        Survey survey = changing(actor, surveyId);
        survey.retitle(title, intro);
        survey.reshape(q -> new Questionnaire(List.of(), q.nextKey()).withAll(questions));
        record(actor, address, "REWRITE", survey, null);
        return survey;
    }

    /** New days — also once answered: to prolong it, or close it early (today's date closes it tonight). */
    public Survey reschedule(Actor actor, long surveyId, LocalDate opensOn, LocalDate closesOn, String address) {
        allowed(actor);
        Survey survey = found(surveyId);
        LocalDate before = survey.getClosesOn();
        survey.reschedule(opensOn, closesOn);
        record(actor, address, "RESCHEDULE", survey, survey.getOpensOn() + " – " + survey.getClosesOn()
                + " (" + before + ")");
        return survey;
    }

    /** Throws away a survey nobody has answered (a draft, a mistake). */
    public void discard(Actor actor, long surveyId, String address) {
        Survey survey = changing(actor, surveyId);
        record(actor, address, "DISCARD", survey, null);
        entityManagers.forCurrentTenant().remove(survey);
    }

    private Survey reshape(Actor actor, long surveyId, UnaryOperator<Questionnaire> change, String action,
                           String address) {
        Survey survey = changing(actor, surveyId);
        survey.reshape(change);
        record(actor, address, action, survey, null);
        return survey;
    }

    /** The policy first (someone refused learns nothing of which surveys exist), then the survey, locked, editable. */
    private Survey changing(Actor actor, long surveyId) {
        allowed(actor);
        Survey survey = found(surveyId);
        survey.requireEditable();
        return survey;
    }

    private Survey found(long surveyId) {
        return surveys.forChange(surveyId).orElseThrow(() -> new DomainException(404, "survey.not-found",
                String.valueOf(surveyId)));
    }

    private static void allowed(Actor actor) {
        if (!SurveyPolicy.mayBuild(actor)) {
            throw new DomainException(403, "survey.forbidden");
        }
    }

    private void record(Actor actor, String address, String action, Survey survey, String detail) {
        entityManagers.forCurrentTenant().flush(); // a new survey's id
        String title = survey.getTitle().vi();
        String line = detail == null ? title : title + " — " + detail;
        audit.record(new AuditEvent(actor.accountId(), actor.username(), address, "SURVEY_" + action, AUDIT_SUBJECT,
                survey.getId(), null, null, line.length() > 2000 ? line.substring(0, 2000) : line));
    }
}
