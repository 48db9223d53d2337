package vn.cong.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cong.inbox.DueRulesTest.at;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cong.calendar.InMemoryWorkingCalendar;
import vn.cong.catalog.CatalogRules;
import vn.cong.catalog.Rule;
import vn.cong.editorial.Item;
import vn.cong.editorial.ItemRepository;
import vn.cong.editorial.ItemState;
import vn.cong.editorial.WorkflowFixtures;
import vn.cong.identity.Actor;
import vn.cong.identity.Role;
import vn.cong.interaction.QuestionDesk;
import vn.cong.interaction.QuestionInbox;
import vn.cong.interaction.QuestionSection;

/** The secretariat's inbox at a fixed clock: oldest-due first, each row with its age and due time, overdue marked. */
class InboxesTest {

    /** Thursday 19 November 2026, 09:00 in Hà Nội. */
    private static final Instant NOW = at(2026, 11, 19, 9, 0);

    private final Item wednesdayAfternoon = WorkflowFixtures.item(11, "Tin nhận chiều thứ Tư", ItemState.SUBMITTED,
            at(2026, 11, 18, 16, 0));
    private final Item yesterdayMorning = WorkflowFixtures.item(12, "Tin nhận sáng thứ Tư", ItemState.SUBMITTED,
            at(2026, 11, 18, 8, 0));
    private final Item thisMorning = WorkflowFixtures.item(13, "Tin nhận sáng nay", ItemState.SUBMITTED,
            at(2026, 11, 19, 8, 0));
    private final Item approved = WorkflowFixtures.item(14, "Tin đã duyệt", ItemState.APPROVED, at(2026, 11, 19, 8, 45));

    @Test
    void submittedItemsAreListedOldestDueFirstWithAgeAndOverdueMarked() {
        InboxSection submitted = section(secretary(), "submitted");
        assertEquals(List.of("Tin nhận sáng thứ Tư", "Tin nhận chiều thứ Tư", "Tin nhận sáng nay"),
                submitted.rows().stream().map(r -> r.item().getTitle()).toList());
        InboxRow overdue = submitted.rows().get(0);
        assertEquals(at(2026, 11, 18, 13, 30), overdue.due(), "3.5 hours before lunch, half an hour after");
        assertTrue(overdue.overdue());
        assertEquals(Duration.ofHours(25), overdue.age());
        InboxRow eveningDue = submitted.rows().get(1);
        assertEquals(at(2026, 11, 19, 10, 30), eveningDue.due());
        assertFalse(eveningDue.overdue(), "due at 10:30 today");
        assertEquals(1, submitted.getOverdue());
    }

    @Test
    void eachRoleSeesItsOwnListsAndApprovedItemsAreDueWithinTheHour() {
        List<String> sections = inboxes().of(secretary()).stream().map(InboxSection::id).toList();
        assertEquals(List.of("submitted", "approved", "mine"), sections);
        InboxRow row = section(secretary(), "approved").rows().get(0);
        assertEquals(at(2026, 11, 19, 9, 45), row.due());
        assertEquals(Waiting.APPROVED, row.waiting());
        assertEquals(List.of("mine"), inboxes().of(new Actor(99, "bientap", "Biên tập", WorkflowFixtures.UNIT,
                Set.of(Role.EDITOR))).stream().map(InboxSection::id).toList(), "an editor has only their own items");
    }

    @Test
    void theQuestionListsAreTheQuestionInboxsAndNobodyHasAny() {
        Inboxes inboxes = inboxes();
        QuestionSection received = new QuestionSection("questions-received", List.of(), 3, 1, 0,
                QuestionDesk.Filter.RECEIVED);
        inboxes.questionInbox = new QuestionInbox() {
            @Override
            public List<QuestionSection> of(Actor actor) {
                return actor.holds(Role.SECRETARIAT) ? List.of(received) : List.of();
            }
        };
        assertEquals(List.of(received), inboxes.questions(secretary()));
        assertEquals(List.of(), inboxes.questions(null), "no one signed in: nothing, and no query");
    }

    private InboxSection section(Actor actor, String id) {
        return inboxes().of(actor).stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static Actor secretary() {
        return new Actor(WorkflowFixtures.SECRETARY, "thuky", "Thư ký", WorkflowFixtures.UNIT,
                Set.of(Role.SECRETARIAT));
    }

    private Inboxes inboxes() {
        Inboxes inboxes = new Inboxes();
        inboxes.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        inboxes.calendar = InMemoryWorkingCalendar.withoutSchedule();
        inboxes.catalogRules = new CatalogRules() {
            @Override
            public List<Rule> portalRules() {
                return List.of();
            }
        };
        inboxes.items = new ItemRepository() {
            @Override
            public List<Item> inState(ItemState state) {
                return switch (state) {
                    // deliberately not in due order: the inbox sorts
                    case SUBMITTED -> List.of(thisMorning, wednesdayAfternoon, yesterdayMorning);
                    case APPROVED -> List.of(approved);
                    default -> List.of();
                };
            }

            @Override
            public List<Item> inStates(Collection<ItemState> states) {
                return List.of();
            }

            @Override
            public List<Item> escalatedTo(long accountId) {
                return List.of();
            }

            @Override
            public List<Item> awaitingReview() {
                return List.of();
            }

            @Override
            public List<Item> withPendingRevision() {
                return List.of();
            }

            @Override
            public List<Item> createdBy(long accountId) {
                return List.of();
            }
        };
        return inboxes;
    }
}
