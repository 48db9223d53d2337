package vn.cong.editorial;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import vn.cong.platform.PlatformEntity;
import vn.cong.platform.TenantOwned;

/**
 * Items for the workflow tests, brought to a state along the workflow's own moves (never by setting the state):
 * written by {@link #AUTHOR}, submitted by the author, taken and escalated by {@link #SECRETARY} to
 * {@link #MEMBER}, approved by {@link #MEMBER}, force-published by {@link #HEAD}.
 */
final class Items {

    static final long UNIT = 10;
    static final long OTHER_UNIT = 20;
    static final long AUTHOR = 1;
    static final long SECRETARY = 40;
    static final long MEMBER = 41;
    static final long HEAD = 50;
    static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    static final Instant LATER = NOW.plusSeconds(3600);

    private Items() {
    }

    static Item in(ItemState state) {
        return in(state, NOW, 77L);
    }

    /** An item brought to {@code state} by moves made at {@code when}, with its own id. */
    static Item in(ItemState state, Instant when, long id) {
        Item item = new Item(5, "vi", "bai-viet-" + id, AUTHOR, when);
        setField(TenantOwned.class, item, "tenantId", UNIT);
        setField(PlatformEntity.class, item, "id", id);
        for (Step step : pathTo(state)) {
            if (step.transition().action() == WorkflowAction.ESCALATE) {
                item.escalateTo(MEMBER, "van-hoa-xa-hoi", false);
            }
            item.moveTo(Workflow.next(item, step.transition().action()), step.transition(), step.actor(), when);
        }
        if (item.getState() != state) {
            throw new IllegalStateException("no path to " + state);
        }
        return item;
    }

    static Item forcePublished() {
        Item item = in(ItemState.SUBMITTED);
        item.moveTo(ItemState.PUBLISHED, Transition.of(WorkflowAction.FORCE_PUBLISH).withNote("Khẩn"), HEAD, NOW);
        return item;
    }

    /** A published item the secretariat has amended: a working revision waits to be republished. */
    static Item amended() {
        Item item = in(ItemState.PUBLISHED);
        item.holdAmendment(501L, LATER);
        return item;
    }

    static Item abroad(Item item) {
        setField(TenantOwned.class, item, "tenantId", OTHER_UNIT);
        return item;
    }

    private record Step(Transition transition, Long actor) {
    }

    private static Step step(WorkflowAction action, Long actor) {
        Transition transition = switch (action) {
            case REJECT -> Transition.of(action).withReason("UNKNOWN_SOURCE", "Bổ sung nguồn");
            case SCHEDULE -> Transition.of(action).at(LATER);
            case UNPUBLISH -> Transition.of(action).withReason("WITHDRAWN", "Rút lại");
            case FAIL -> Transition.of(action).withNote("publication.category-missing");
            default -> Transition.of(action);
        };
        return new Step(transition, actor);
    }

    private static List<Step> pathTo(ItemState state) {
        Step submit = step(WorkflowAction.SUBMIT, AUTHOR);
        Step take = step(WorkflowAction.TAKE, SECRETARY);
        Step approve = step(WorkflowAction.APPROVE, SECRETARY);
        Step schedule = step(WorkflowAction.SCHEDULE, SECRETARY);
        Step publish = step(WorkflowAction.PUBLISH, SECRETARY);
        Step unpublish = step(WorkflowAction.UNPUBLISH, SECRETARY);
        return switch (state) {
            case DRAFT -> List.of();
            case SUBMITTED -> List.of(submit);
            case IN_EDIT -> List.of(submit, take);
            case ESCALATED -> List.of(submit, take, step(WorkflowAction.ESCALATE, SECRETARY));
            case APPROVED -> List.of(submit, take, approve);
            case SCHEDULED -> List.of(submit, take, approve, schedule);
            case PUBLISH_FAILED -> List.of(submit, take, approve, schedule, step(WorkflowAction.FAIL, null));
            case PUBLISHED -> List.of(submit, take, approve, publish);
            case REJECTED -> List.of(submit, step(WorkflowAction.REJECT, SECRETARY));
            case UNPUBLISHED -> List.of(submit, take, approve, publish, unpublish);
            case ARCHIVED -> List.of(submit, take, approve, publish, unpublish, step(WorkflowAction.ARCHIVE, SECRETARY));
        };
    }

    static void setField(Class<?> owner, Object target, String name, Object value) {
        try {
            Field field = owner.getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
