package vn.cong.interaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.cong.compliance.ComplianceSettings;
import vn.cong.compliance.StatusRule;
import vn.cong.identity.Actor;

/**
 * The citizens' questions of a person's inbox (hộp việc), per what {@link QuestionPolicy} lets them do: whoever may
 * route — the secretariat, the head and deputies — the questions received and not yet routed; whoever may answer — the
 * head, a Q&amp;A responder — those routed to them and not yet answered; whoever may publish, the answers waiting to
 * be published. Each list shows only when something waits: its first {@value #ROWS} rows oldest due first (no due date
 * last), each with its lateness (due soon, overdue, very overdue — {@link Lateness}), and its numbers counted by the
 * database: how many in all, overdue, very overdue. Never the whole queue in memory: the desk pages the rest.
 */
@ApplicationScoped
@Transactional
public class QuestionInbox {

    /** Rows shown per list; the list's count and its link to the desk say how many more wait. */
    public static final int ROWS = 20;

    @Inject
    QuestionRepository questions;

    @Inject
    ComplianceSettings settings;

    @Inject
    Clock clock;

    public List<QuestionSection> of(Actor actor) {
        List<QuestionSection> sections = new ArrayList<>();
        if (!QuestionPolicy.maySeeDesk(actor)) {
            return sections;
        }
        StatusRule rule = settings.statusRule();
        Instant now = clock.instant();
        if (QuestionPolicy.can(actor, QuestionAction.ROUTE)) {
            add(sections, "questions-received", QuestionState.RECEIVED, null, QuestionDesk.Filter.RECEIVED, rule, now);
        }
        if (QuestionPolicy.can(actor, QuestionAction.ANSWER)) {
            add(sections, "questions-routed-to-me", QuestionState.ROUTED, actor.accountId(), QuestionDesk.Filter.ROUTED,
                    rule, now);
        }
        if (QuestionPolicy.can(actor, QuestionAction.PUBLISH)) {
            add(sections, "questions-answered", QuestionState.ANSWERED, null, QuestionDesk.Filter.ANSWERED, rule, now);
        }
        return sections;
    }

    private void add(List<QuestionSection> sections, String id, QuestionState state, Long routedTo,
                     QuestionDesk.Filter deskFilter, StatusRule rule, Instant now) {
        QuestionRepository.Tally tally = questions.tally(state, routedTo, now, rule.veryOverdueBefore(now));
        if (tally.total() == 0) {
            return;
        }
        List<DeskRow> rows = questions.queue(state, routedTo, ROWS).stream()
                .map(q -> DeskRow.of(q, Lateness.of(q, rule, now))).toList();
        // an answered question is late no more: its deadline was met by the answer (Lateness.ANSWERED)
        boolean late = state.awaitsAnswer();
        sections.add(new QuestionSection(id, rows, tally.total(), late ? tally.overdue() : 0,
                late ? tally.veryOverdue() : 0, deskFilter));
    }
}
