package vn.cong.interaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.cong.audit.AuditEvent;
import vn.cong.audit.AuditLog;
import vn.cong.board.BoardDirectory;
import vn.cong.compliance.Registrations;
import vn.cong.identity.Actor;
import vn.cong.identity.Role;
import vn.cong.notification.Notice;
import vn.cong.notification.Notifications;
import vn.cong.platform.ContentChanged;
import vn.cong.platform.DomainException;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.tenancy.TenantContext;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitRepository;

/**
 * The board works a citizen's question (ND Art. 9.3–9.4, 22.5–22.6), from the back office and the API alike, one
 * use case per method and one transaction each: the question of the current unit (404 for any other's) → the actor
 * ({@link QuestionPolicy}, 403) → the move ({@link QuestionAction}, 409) → what the request names (422) → applied,
 * an audit line, the people concerned told. Its first answer meets its deadline (the compliance obligation its
 * receipt started), and so do a transfer, a drop and a merge; publishing drops the portal's cached pages.
 *
 * <p>A transfer is the competent unit's receipt: the question is numbered there, with the same asker, text and status
 * key, and its deadline <em>continues</em> from the first receipt when that unit's preset has a rule for questions
 * several units handle (MIC Art. 11.2a: 10 working days) or <em>restarts</em> from the transfer by its plain rule (ND
 * Art. 9.3: 15 working days from the competent body's receipt).
 */
@ApplicationScoped
@Transactional
public class QuestionHandling {

    static final String AUDIT_SUBJECT = "QUESTION";
    private static final Set<Role> ANSWERERS = Set.of(Role.HEAD, Role.QA_RESPONDER);

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    TenantContext tenant;

    @Inject
    QuestionSubmissions intake;

    @Inject
    QuestionRepository questions;

    @Inject
    Registrations registrations;

    @Inject
    BoardDirectory board;

    @Inject
    UnitRepository units;

    @Inject
    AuditLog audit;

    @Inject
    Notifications notifications;

    @Inject
    Clock clock;

    @Inject
    Event<ContentChanged> contentChanged;

    /** Gives it to a responder of the unit (the head or a Q&amp;A responder), correcting its field if asked. */
    public Question route(Actor actor, long questionId, long responderId, String field, String address) {
        Question question = allowed(actor, questionId, QuestionAction.ROUTE);
        boolean answers = board.holders(tenant.unitId(), ANSWERERS).stream()
                .anyMatch(g -> g.getAccountId() == responderId);
        if (!answers) {
            throw new DomainException(422, "question.responder.unknown", responderId);
        }
        String fieldCode = field == null || field.isBlank() ? null : field.strip();
        if (fieldCode != null && board.field(fieldCode).isEmpty()) {
            throw new DomainException(422, "question.field.unknown", fieldCode);
        }
        QuestionState from = question.getState();
        question.route(responderId, fieldCode, clock.instant());
        record(actor, address, "ROUTE", question, from, "→ " + responderId);
        notifications.send(tenant.unitId(), Notice.of("question.routed", QuestionSubmissions.NOTICES,
                "question.routed", question.trackingCode(), question.getSubject()).linkingTo(deskLink(question)),
                List.of(responderId));
        return question;
    }

    /**
     * Sends it to the competent unit with the reason the asker reads: received there as a question of its own (see
     * the class comment for its deadline), closed here with its deadline met.
     */
    public Question transfer(Actor actor, long questionId, long toUnitId, String reason, String address) {
        Question question = allowed(actor, questionId, QuestionAction.TRANSFER);
        question.checkTransfer(reason);
        long here = tenant.unitId();
        if (toUnitId == here) {
            throw new DomainException(422, "question.transfer.same-unit");
        }
        Unit competent = units.find(toUnitId).filter(Unit::isActive)
                .orElseThrow(() -> new DomainException(422, "question.transfer.unit-unknown", toUnitId));
        Instant now = clock.instant();
        Instant firstReceived = question.getReceivedAt();
        TrackingCode there = entityManagers.runAs(competent, () -> {
            Question received = question.transferredAs(intake.nextCode(now), here, now);
            if (!intake.startDeadline(received, firstReceived, "SEVERAL_UNITS")) {
                intake.startDeadline(received, now, null);
            }
            entityManagers.forCurrentTenant().persist(received);
            tellTheSorters(competent.getId(), Notice.of("question.transferred-in", QuestionSubmissions.NOTICES,
                    "question.transferred-in", received.trackingCode(), received.getSubject()));
            return received.trackingCode();
        });
        Question sent = find(questionId); // the transfer cleared the persistence context
        QuestionState from = sent.getState();
        sent.transfer(toUnitId, there, reason, now);
        close(sent, now);
        record(actor, address, "TRANSFER", sent, from, "→ " + competent.getOfficialName() + " " + there);
        mailAsker(sent, "question.transferred", competent.getOfficialName(), there);
        return sent;
    }

    /** The answer, or its amendment until published — by the head or the authorised responder only (ND Art. 9.4). */
    public Question answer(Actor actor, long questionId, String text, String address) {
        Question question = allowed(actor, questionId, QuestionAction.ANSWER);
        QuestionState from = question.getState();
        question.answer(vn.cong.platform.VietnameseText.nfc(text), actor.accountId(), actor.fullName(),
                clock.instant());
        record(actor, address, "ANSWER", question, from, null);
        if (from != QuestionState.ANSWERED) {
            close(question, question.getAnsweredAt());
            tellTheSorters(tenant.unitId(), Notice.of("question.answered", QuestionSubmissions.NOTICES,
                    "question.answered", question.trackingCode(), question.getSubject()).linkingTo(deskLink(question)));
        }
        return question;
    }

    /** Publishes answered questions in the public Q&amp;A list, one or many at once; all or none (409 names the first). */
    public List<Question> publish(Actor actor, List<Long> questionIds, String address) {
        if (questionIds == null || questionIds.isEmpty() || questionIds.stream().anyMatch(Objects::isNull)) {
            throw new DomainException(422, "question.publish.none");
        }
        Instant now = clock.instant();
        List<Question> published = new ArrayList<>();
        for (long id : new LinkedHashSet<>(questionIds)) {
            Question question = allowed(actor, id, QuestionAction.PUBLISH);
            QuestionState from = question.getState();
            question.publish(now);
            record(actor, address, "PUBLISH", question, from, null);
            mailAsker(question, "question.published", question.trackingCode(), question.getSubject());
            published.add(question);
        }
        contentChanged.fire(new ContentChanged(tenant.unitId()));
        return published;
    }

    /** Drops an abusive question with the reason the asker reads (ND Art. 22.6). */
    public Question drop(Actor actor, long questionId, String reason, String address) {
        Question question = allowed(actor, questionId, QuestionAction.DROP);
        QuestionState from = question.getState();
        Instant now = clock.instant();
        question.drop(reason, now);
        close(question, now);
        record(actor, address, "DROP", question, from, question.getClosingReason());
        mailAsker(question, "question.dropped", question.trackingCode(), question.getClosingReason());
        return question;
    }

    /** Merges a duplicate into the question of the unit asking the same, which the asker then follows. */
    public Question merge(Actor actor, long questionId, String keptCode, String address) {
        Question question = allowed(actor, questionId, QuestionAction.MERGE);
        TrackingCode kept = TrackingCode.parse(keptCode)
                .orElseThrow(() -> new DomainException(422, "question.code.invalid"));
        Question into = questions.byCode(kept)
                .orElseThrow(() -> new DomainException(422, "question.merge.unknown", kept));
        if (into.getState() == QuestionState.MERGED || into.getState() == QuestionState.DROPPED
                || into.getState() == QuestionState.TRANSFERRED) {
            throw new DomainException(409, "question.merge.closed", kept);
        }
        QuestionState from = question.getState();
        Instant now = clock.instant();
        question.mergeInto(kept, now);
        close(question, now);
        record(actor, address, "MERGE", question, from, "→ " + kept);
        mailAsker(question, "question.merged", question.trackingCode(), kept);
        return question;
    }

    /** The policy first, so that someone refused learns nothing of which questions exist. */
    Question allowed(Actor actor, long questionId, QuestionAction action) {
        if (!QuestionPolicy.can(actor, action)) {
            throw new DomainException(403, "question.forbidden", action.name());
        }
        return find(questionId);
    }

    Question find(long questionId) {
        Question question = entityManagers.forCurrentTenant().find(Question.class, questionId);
        if (question == null) {
            throw new DomainException(404, "question.not-found-id", questionId);
        }
        return question;
    }

    private void close(Question question, Instant at) {
        if (question.getObligationId() != null) {
            registrations.closeReceived(question.getObligationId(), at);
        }
    }

    private void record(Actor actor, String address, String action, Question question, QuestionState from,
                        String detail) {
        audit.record(new AuditEvent(actor.accountId(), actor.username(), address, "QUESTION_" + action,
                AUDIT_SUBJECT, question.getId(), from.name(), question.getState().name(),
                question.trackingCode() + (detail == null ? "" : " " + detail)));
    }

    private void tellTheSorters(long unitId, Notice notice) {
        List<Long> sorters = board.holders(unitId, Set.of(Role.SECRETARIAT, Role.HEAD)).stream()
                .map(g -> g.getAccountId()).toList();
        notifications.send(unitId, notice, sorters);
    }

    /** The asker hears of each closing step by e-mail when they gave an address; the link is the lookup page. */
    private void mailAsker(Question question, String key, Object... arguments) {
        String email = question.asker().email();
        if (email != null && question.getIdentityErasedAt() == null) {
            notifications.mailCitizen(tenant.unitId(), email, Notice.of(key, QuestionSubmissions.NOTICES, key,
                    arguments).linkingTo(QuestionStatus.PATH + "?ma=" + question.trackingCode()));
        }
    }

    private static String deskLink(Question question) {
        return "/admin/question.xhtml?id=" + question.getId();
    }
}
