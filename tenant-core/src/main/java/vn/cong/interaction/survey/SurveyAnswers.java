package vn.cong.interaction.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import vn.cong.interaction.ParticipantKeys;
import vn.cong.platform.DomainException;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.platform.Vietnam;

/**
 * A citizen answers a survey of the current portal (REQUIREMENTS §5, BNV Art. 6) — the use case behind the public
 * form; abuse (form token, proof of work, rate limits) is the boundary's, before this. In order: the survey is the
 * unit's and public (404), open today (409 once closed), not yet answered from this address (409: one answer per
 * address, kept as a salted hash — {@link ParticipantKeys}), the answer fits its questions (422, every problem at once,
 * nothing saved), and the survey has not been changed by its builder since it was read (409). Then one response row,
 * a row per option ticked and per free text. The database's unique (survey, hash) settles two answers sent at the
 * same moment: the second gets the same 409.
 */
@ApplicationScoped
@Transactional
public class SurveyAnswers {

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    Surveys surveys;

    @Inject
    ParticipantKeys keys;

    @Inject
    Clock clock;

    /** An answer to one of the board's surveys. */
    public SurveyResponse submit(long surveyId, AnswerSheet sheet, String address) {
        Survey survey = surveys.find(surveyId).filter(s -> s.getPurpose() == SurveyPurpose.BOARD)
                .orElseThrow(() -> new DomainException(404, "survey.not-found", String.valueOf(surveyId)));
        return take(survey, sheet, address);
    }

    /** The rules every answer passes, the portal's rating's too. */
    SurveyResponse take(Survey survey, AnswerSheet sheet, String address) {
        LocalDate today = clock.instant().atZone(Vietnam.ZONE).toLocalDate();
        if (!survey.isPublicOn(today)) {
            throw new DomainException(404, "survey.not-found", String.valueOf(survey.getId()));
        }
        if (survey.phaseOn(today) == SurveyPhase.CLOSED) {
            throw new DomainException(409, "survey.closed", survey.getClosesOn().format(Dates.DAY));
        }
        AnswererHash answerer = new AnswererHash(keys.hash(survey.salt(), address));
        if (surveys.answeredFrom(survey.getId(), answerer)) {
            throw new DomainException(409, "survey.already-answered");
        }
        CheckedAnswers answers = sheet.check(survey.questionnaire());
        Instant now = clock.instant();
        // the mark is written by one statement that leaves the version as it is, so that first answers sent at the
        // same moment all pass; the survey in memory is left untouched (a change to it would bump the version)
        if (!survey.isAnswered() && !surveys.markAnswered(survey, survey.getVersion(), now)) {
            throw new DomainException(409, "survey.changed");
        }
        SurveyResponse response = new SurveyResponse(survey.getId(), answerer, now);
        entityManagers.forCurrentTenant().persist(response);
        entityManagers.flushUnique(() -> new DomainException(409, "survey.already-answered"));
        for (CheckedAnswers.Choice choice : answers.choices()) {
            entityManagers.forCurrentTenant().persist(new SurveyChoice(survey.getId(), response.getId(),
                    choice.questionKey(), choice.optionKey()));
        }
        for (CheckedAnswers.Text text : answers.texts()) {
            entityManagers.forCurrentTenant().persist(new SurveyTextAnswer(survey.getId(), response.getId(),
                    text.questionKey(), text.body(), now));
        }
        return response;
    }

    /** Days as citizens read them in messages. */
    static final class Dates {
        static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern(
                "dd/MM/yyyy");

        private Dates() {
        }
    }
}
