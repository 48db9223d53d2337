package vn.cong.editorial;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The editorial workflow as one state machine (MIC Art. 13–14, BNV Art. 7): which action moves an item
 * from which state to which. Who may fire an action is {@link WorkflowPolicy}'s business, not this table's.
 *
 * <pre>
 *   DRAFT ──submit──▶ SUBMITTED ──publish──▶ PUBLISHED ──unpublish──▶ UNPUBLISHED
 *     ▲                  │
 *     │                  └──reject(reason)──▶ REJECTED ──submit──▶ SUBMITTED
 * </pre>
 *
 * The board states of the next issue (IN_EDIT, ESCALATED, APPROVED, SCHEDULED) plug in here as rows.
 */
public final class Workflow {

    private static final Map<ItemState, Map<WorkflowAction, ItemState>> TRANSITIONS = new EnumMap<>(ItemState.class);

    static {
        allow(ItemState.DRAFT, WorkflowAction.SUBMIT, ItemState.SUBMITTED);
        allow(ItemState.REJECTED, WorkflowAction.SUBMIT, ItemState.SUBMITTED);
        allow(ItemState.SUBMITTED, WorkflowAction.PUBLISH, ItemState.PUBLISHED);
        allow(ItemState.SUBMITTED, WorkflowAction.REJECT, ItemState.REJECTED);
        allow(ItemState.PUBLISHED, WorkflowAction.UNPUBLISH, ItemState.UNPUBLISHED);
    }

    private Workflow() {
    }

    private static void allow(ItemState from, WorkflowAction action, ItemState to) {
        TRANSITIONS.computeIfAbsent(from, s -> new EnumMap<>(WorkflowAction.class)).put(action, to);
    }

    /** The state {@code action} leads to from {@code from}, or empty when the move is illegal. */
    public static Optional<ItemState> next(ItemState from, WorkflowAction action) {
        return Optional.ofNullable(TRANSITIONS.getOrDefault(from, Map.of()).get(action));
    }

    public static boolean permits(ItemState from, WorkflowAction action) {
        return next(from, action).isPresent();
    }
}
