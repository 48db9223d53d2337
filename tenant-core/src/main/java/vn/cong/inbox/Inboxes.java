package vn.cong.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import vn.cong.calendar.WorkingCalendar;
import vn.cong.catalog.CatalogRules;
import vn.cong.editorial.Item;
import vn.cong.editorial.ItemRepository;
import vn.cong.editorial.ItemState;
import vn.cong.identity.Actor;
import vn.cong.identity.Role;
import vn.cong.interaction.QuestionInbox;
import vn.cong.interaction.QuestionSection;

/**
 * Hộp việc: what waits for a person in the current unit, per role, each list oldest-due first —
 * the secretariat: failed scheduled publications (an alert), submitted items to take, items in edit, approved items
 * to publish, amendments to republish, scheduled ones; whoever an item was escalated to: that item; the head and
 * deputies: sensitive escalations (the head also what the board is working on, to force-publish an urgent item);
 * the board: force-published items not yet reviewed; everyone: their own items (rejected ones due back).
 * Due times are {@link DueRules}'. Citizens' questions waiting for the person are {@link QuestionInbox}'s lists
 * ({@link #questions}): rows of their own kind, each with its lateness.
 */
@ApplicationScoped
@Transactional
public class Inboxes {

    @Inject
    ItemRepository items;

    @Inject
    CatalogRules catalogRules;

    @Inject
    WorkingCalendar calendar;

    @Inject
    Clock clock;

    @Inject
    QuestionInbox questionInbox;

    /** The due rules of the current unit (its editing rule from its preset). */
    public DueRules rules() {
        return DueRules.forPortal(catalogRules.portalRules(), calendar);
    }

    /** How many publications failed in the unit, for those who answer for them (else 0): the back office's alert. */
    public long publishFailures(Actor actor) {
        return actor != null && answersForFailures(actor) ? items.countInState(ItemState.PUBLISH_FAILED) : 0L;
    }

    /** The secretariat publishes and the head answers for the portal: a failed publication is theirs to resolve. */
    private static boolean answersForFailures(Actor actor) {
        return actor.holdsAny(Role.SECRETARIAT, Role.HEAD);
    }

    /** The citizens' questions waiting for the person, per what the question policy lets them do. */
    public List<QuestionSection> questions(Actor actor) {
        return actor == null ? List.of() : questionInbox.of(actor);
    }

    public List<InboxSection> of(Actor actor) {
        List<InboxSection> sections = new ArrayList<>();
        if (actor == null) {
            return sections;
        }
        Lister list = new Lister(rules(), clock.instant(), sections);
        if (answersForFailures(actor)) {
            list.add("failed", items.inState(ItemState.PUBLISH_FAILED), Waiting.PUBLISH_FAILED, true);
        }
        if (actor.holds(Role.SECRETARIAT)) {
            list.add("submitted", items.inState(ItemState.SUBMITTED), Waiting.RECEIVED, false);
            list.add("in-edit", items.inState(ItemState.IN_EDIT), Waiting.IN_EDIT, false);
            list.add("approved", items.inState(ItemState.APPROVED), Waiting.APPROVED, false);
            list.add("amendments", items.withPendingRevision(), Waiting.AMENDMENT, false);
            list.add("scheduled", items.inState(ItemState.SCHEDULED), Waiting.SCHEDULED, false);
        }
        list.add("escalated-to-me", items.escalatedTo(actor.accountId()), Waiting.ESCALATED, false);
        if (actor.holdsAny(Role.HEAD, Role.DEPUTY_HEAD)) {
            list.add("sensitive", items.sensitiveEscalations().stream()
                    .filter(i -> !i.getEscalatedTo().equals(actor.accountId())).toList(), Waiting.ESCALATED, false);
        }
        if (actor.holds(Role.HEAD) && !actor.holds(Role.SECRETARIAT)) {
            // what the board is working on: where the head may force-publish an urgent item
            list.add("in-progress", items.inStates(EnumSet.of(ItemState.SUBMITTED, ItemState.IN_EDIT,
                    ItemState.ESCALATED)), null, false);
        }
        if (actor.holdsAny(Role.HEAD, Role.DEPUTY_HEAD, Role.MEMBER, Role.SECRETARIAT)) {
            list.add("review", items.awaitingReview(), Waiting.REVIEW, false);
        }
        list.mine(items.createdBy(actor.accountId()));
        return sections;
    }

    /** Builds the sections with one clock reading, so that every row's age and "overdue" agree. */
    private record Lister(DueRules rules, Instant now, List<InboxSection> sections) {

        /** A work list shows only when something waits; {@code waiting} null: what each item waits for itself. */
        void add(String id, List<Item> found, Waiting waiting, boolean alert) {
            if (!found.isEmpty()) {
                List<InboxRow> rows = found.stream().map(item -> row(item, waiting == null ? first(item) : waiting))
                        .sorted(OLDEST_DUE_FIRST).toList();
                sections.add(new InboxSection(id, rows, alert));
            }
        }

        /** "My items" always shows, newest first; only what waits for the author (a rejection) is due. */
        void mine(List<Item> own) {
            List<InboxRow> rows = own.stream().map(item -> item.getState() == ItemState.REJECTED
                    ? row(item, Waiting.REJECTED) : row(item, null)).toList();
            sections.add(new InboxSection("mine", rows, false));
        }

        InboxRow row(Item item, Waiting waiting) {
            Instant since = waiting == null ? item.getStateSince() : rules.since(item, waiting);
            Instant due = waiting == null ? null : rules.due(item, waiting).orElse(null);
            Duration age = since == null || since.isAfter(now) ? Duration.ZERO : Duration.between(since, now);
            return new InboxRow(item, waiting, since, due, due != null && now.isAfter(due), age);
        }

        private static Waiting first(Item item) {
            List<Waiting> waiting = Waiting.of(item);
            return waiting.isEmpty() ? null : waiting.get(0);
        }
    }

    /** Due first (the earliest due at the top), then the longest waiting; rows with nothing due last. */
    static final Comparator<InboxRow> OLDEST_DUE_FIRST = Comparator
            .comparing(InboxRow::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(InboxRow::since, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.item().getId(), Comparator.nullsLast(Comparator.naturalOrder()));
}
