package vn.cong.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every (state, action) pair: the legal moves lead where the regulation says, the rest are refused. */
class WorkflowTest {

    private static final Map<ItemState, Map<WorkflowAction, ItemState>> LEGAL = Map.of(
            ItemState.DRAFT, Map.of(WorkflowAction.SUBMIT, ItemState.SUBMITTED),
            ItemState.REJECTED, Map.of(WorkflowAction.SUBMIT, ItemState.SUBMITTED),
            ItemState.SUBMITTED, Map.of(WorkflowAction.PUBLISH, ItemState.PUBLISHED,
                    WorkflowAction.REJECT, ItemState.REJECTED),
            ItemState.PUBLISHED, Map.of(WorkflowAction.UNPUBLISH, ItemState.UNPUBLISHED));

    @Test
    void everyPairIsEitherTheLegalMoveOrRefused() {
        for (ItemState from : ItemState.values()) {
            for (WorkflowAction action : WorkflowAction.values()) {
                Optional<ItemState> expected = Optional.ofNullable(LEGAL.getOrDefault(from, Map.of()).get(action));
                assertEquals(expected, Workflow.next(from, action), from + " --" + action + "-->");
            }
        }
    }

    @Test
    void aDraftCannotBePublishedWithoutBeingSubmitted() {
        assertEquals(Optional.empty(), Workflow.next(ItemState.DRAFT, WorkflowAction.PUBLISH));
    }

    @Test
    void onlyPublishedItemsArePublic() {
        EnumSet<ItemState> publicStates = EnumSet.noneOf(ItemState.class);
        for (ItemState state : ItemState.values()) {
            if (state.isPublic()) {
                publicStates.add(state);
            }
        }
        assertEquals(EnumSet.of(ItemState.PUBLISHED), publicStates);
    }
}
