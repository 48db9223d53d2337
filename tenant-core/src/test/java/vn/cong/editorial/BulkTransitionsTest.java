package vn.cong.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cong.identity.Actor;
import vn.cong.identity.Role;
import vn.cong.platform.DomainException;

class BulkTransitionsTest {

    private final List<Long> moved = new ArrayList<>();
    private final BulkTransitions bulk = new BulkTransitions();
    private final Actor editor = new Actor(Items.AUTHOR, "bientap", "Biên tập", Items.UNIT, Set.of(Role.EDITOR));

    BulkTransitionsTest() {
        bulk.transitions = new ItemTransitions() {
            @Override
            public Item transition(Actor actor, long itemId, Transition transition, String address) {
                moved.add(itemId);
                return Items.in(ItemState.SUBMITTED, Instant.parse("2026-12-01T03:00:00Z"), itemId);
            }
        };
    }

    @Test
    void aMissingIdIsRefusedBeforeAnyItemMoves() {
        DomainException refused = assertThrows(DomainException.class, () -> bulk.apply(editor,
                Arrays.asList(5L, null), Transition.of(WorkflowAction.TAKE), "127.0.0.1"));

        assertEquals(422, refused.status());
        assertEquals("bulk.invalid-id", refused.messageKey());
        assertTrue(refused.localizedMessage("vi").contains("thứ 2"), refused.localizedMessage("vi"));
        assertTrue(refused.localizedMessage("en").contains("number 2"), refused.localizedMessage("en"));
        assertEquals(List.of(), moved);
    }

    @Test
    void aNegativeIdIsRefusedLikeAMissingOne() {
        DomainException refused = assertThrows(DomainException.class, () -> bulk.apply(editor,
                List.of(-7L), Transition.of(WorkflowAction.TAKE), "127.0.0.1"));

        assertEquals("bulk.invalid-id", refused.messageKey());
        assertEquals(List.of(), moved);
    }

    @Test
    void anActionThatNeedsAReasonOrAChoiceIsRefusedBeforeAnyItemMoves() {
        for (WorkflowAction action : WorkflowAction.values()) {
            if (!BulkTransitions.ACTIONS.contains(action)) {
                DomainException refused = assertThrows(DomainException.class, () -> bulk.apply(editor,
                        List.of(3L), Transition.of(action), "127.0.0.1"), action.name());
                assertEquals("bulk.action-single", refused.messageKey());
                assertTrue(refused.localizedMessage("vi").contains(action.name()), refused.localizedMessage("vi"));
            }
        }
        assertEquals(List.of(), moved);
    }

    @Test
    void validIdsMoveOnceEachInTheOrderGiven() {
        List<BulkTransitions.Outcome> outcomes = bulk.apply(editor, List.of(9L, 4L, 9L),
                Transition.of(WorkflowAction.TAKE), "127.0.0.1");

        assertEquals(List.of(9L, 4L), moved);
        assertEquals(2, outcomes.size());
        assertTrue(outcomes.stream().allMatch(BulkTransitions.Outcome::succeeded));
    }
}
