package vn.cong.interaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import vn.cong.audit.AuditEvent;
import vn.cong.audit.AuditLog;
import vn.cong.compliance.ComplianceSettings;
import vn.cong.board.BoardDirectory;
import vn.cong.identity.Actor;
import vn.cong.identity.Role;
import vn.cong.platform.DomainException;
import vn.cong.platform.TenantBoundEntityManager;

/**
 * Hỏi đáp — the board's desk of the current unit's questions: the queue, oldest due first (questions without a due
 * date after those with one, by receipt), paged and filtered; one question with the asker masked; the asker opened by
 * the head or a responder, each opening an audit line (who, when, from where — MIC Art. 3.4: personal data protected).
 * A responder who is not of the sorters (secretariat, heads) sees only the questions routed to them.
 */
@ApplicationScoped
@Transactional
public class QuestionDesk {

    /** What the queue shows: the questions waiting for someone (received, routed, answered), or one state. */
    public enum Filter { WAITING, RECEIVED, ROUTED, ANSWERED, PUBLISHED, TRANSFERRED, DROPPED, MERGED, ALL }

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    ComplianceSettings settings;

    @Inject
    AuditLog audit;

    @Inject
    BoardDirectory board;

    @Inject
    Clock clock;

    public List<DeskRow> queue(Actor actor, Filter filter, int first, int max) {
        TypedQuery<Question> query = query(actor, filter, "select q", Question.class);
        Instant now = clock.instant();
        return query.setFirstResult(Math.max(first, 0)).setMaxResults(Math.min(Math.max(max, 1), 200))
                .getResultList().stream().map(q -> DeskRow.of(q, lateness(q, now))).toList();
    }

    public long count(Actor actor, Filter filter) {
        return query(actor, filter, "select count(q)", Long.class).getSingleResult();
    }

    /** One question with its asker masked. */
    public QuestionView question(Actor actor, long questionId) {
        Question question = visible(actor, questionId);
        return QuestionView.of(question, AskerView.masked(question.asker()), lateness(question, clock.instant()));
    }

    /** The asker whole, for the head or a responder who must reach them; audited. */
    public AskerView openIdentity(Actor actor, long questionId, String address) {
        Question question = visible(actor, questionId);
        if (!QuestionPolicy.mayOpenIdentity(actor)) {
            throw new DomainException(403, "question.identity.forbidden");
        }
        audit.record(new AuditEvent(actor.accountId(), actor.username(), address, "QUESTION_OPEN_IDENTITY",
                QuestionHandling.AUDIT_SUBJECT, question.getId(), null, null, question.trackingCode().toString()));
        return AskerView.whole(question.asker());
    }

    /**
     * Who a question may be routed to: the unit's head and its Q&amp;A responders (ND Art. 9.4), active accounts, each
     * once with the roles that make them one.
     */
    public List<Responder> responders(Actor actor) {
        if (!QuestionPolicy.can(actor, QuestionAction.ROUTE)) {
            throw new DomainException(403, "question.forbidden", QuestionAction.ROUTE.name());
        }
        java.util.Map<Long, java.util.SortedSet<Role>> roles = new java.util.LinkedHashMap<>();
        board.holders(actor.unitId(), java.util.Set.of(Role.HEAD, Role.QA_RESPONDER)).forEach(grant ->
                roles.computeIfAbsent(grant.getAccountId(), a -> new java.util.TreeSet<>()).add(grant.getRole()));
        return roles.entrySet().stream().flatMap(e -> board.account(e.getKey()).stream()
                        .map(account -> new Responder(account.getId(), account.getUsername(), account.getFullName(),
                                List.copyOf(e.getValue()))))
                .sorted(java.util.Comparator.comparing(Responder::fullName)).toList();
    }

    /** A person a question may be given to, and why: the head, a Q&amp;A responder, or both. */
    public record Responder(long accountId, String username, String fullName, List<Role> roles) {
    }

    public Lateness lateness(Question question, Instant now) {
        return Lateness.of(question, settings.statusRule(), now);
    }

    private Question visible(Actor actor, long questionId) {
        if (!QuestionPolicy.maySeeDesk(actor)) {
            throw new DomainException(403, "question.desk.forbidden");
        }
        Question question = entityManagers.forCurrentTenant().find(Question.class, questionId);
        if (question == null || !QuestionPolicy.sortsQuestions(actor) && !routedTo(question, actor)) {
            throw new DomainException(404, "question.not-found-id", questionId);
        }
        return question;
    }

    private static boolean routedTo(Question question, Actor actor) {
        return question.getRoutedTo() != null && question.getRoutedTo() == actor.accountId();
    }

    private <T> TypedQuery<T> query(Actor actor, Filter filter, String select, Class<T> type) {
        if (!QuestionPolicy.maySeeDesk(actor)) {
            throw new DomainException(403, "question.desk.forbidden");
        }
        Filter chosen = filter == null ? Filter.WAITING : filter;
        StringBuilder jpql = new StringBuilder(select).append(" from Question q where 1 = 1");
        switch (chosen) {
            case WAITING -> jpql.append(" and q.state in :states");
            case ALL -> { }
            default -> jpql.append(" and q.state = :state");
        }
        boolean own = !QuestionPolicy.sortsQuestions(actor);
        if (own) {
            jpql.append(" and q.routedTo = :me");
        }
        if (type == Question.class) {
            jpql.append(QuestionRepository.OLDEST_DUE_FIRST);
        }
        TypedQuery<T> query = entityManagers.forCurrentTenant().createQuery(jpql.toString(), type);
        switch (chosen) {
            case WAITING -> query.setParameter("states",
                    List.of(QuestionState.RECEIVED, QuestionState.ROUTED, QuestionState.ANSWERED));
            case ALL -> { }
            default -> query.setParameter("state", QuestionState.valueOf(chosen.name()));
        }
        if (own) {
            query.setParameter("me", actor.accountId());
        }
        return query;
    }
}
