package vn.cong.editorial;

import java.time.Instant;

/**
 * Items for the tests of other packages (inboxes, notifications), brought to a state along the workflow's own moves
 * at a given time — never by setting the state. Who did what is {@link Items}': {@link #AUTHOR} wrote and submitted,
 * {@link #SECRETARY} took, escalated to {@link #MEMBER}, approved and published.
 */
public final class WorkflowFixtures {

    public static final long UNIT = Items.UNIT;
    public static final long AUTHOR = Items.AUTHOR;
    public static final long SECRETARY = Items.SECRETARY;
    public static final long MEMBER = Items.MEMBER;
    public static final long HEAD = Items.HEAD;

    private WorkflowFixtures() {
    }

    /** An item titled {@code title}, moved to {@code state} at {@code when}. */
    public static Item item(long id, String title, ItemState state, Instant when) {
        Item item = Items.in(state, when, id);
        Items.setField(Item.class, item, "title", title);
        return item;
    }

    /** The item moved on by {@code action} at {@code when} by {@code actor}. */
    public static Item move(Item item, WorkflowAction action, Long actor, Instant when) {
        Transition transition = action == WorkflowAction.REJECT
                ? Transition.of(action).withReason("UNKNOWN_SOURCE", "Bổ sung nguồn") : Transition.of(action);
        item.moveTo(Workflow.next(item, action), transition, actor, when);
        return item;
    }

    /** Force-published by the head at {@code when}. */
    public static Item forcePublished(long id, String title, Instant when) {
        Item item = item(id, title, ItemState.SUBMITTED, when);
        item.moveTo(ItemState.PUBLISHED, Transition.of(WorkflowAction.FORCE_PUBLISH).withNote("Khẩn"), HEAD, when);
        return item;
    }

    /** Published, then amended by the secretariat at {@code when} (a working revision waits). */
    public static Item amended(long id, String title, Instant published, Instant when) {
        Item item = item(id, title, ItemState.PUBLISHED, published);
        item.holdAmendment(900 + id, when);
        return item;
    }
}
