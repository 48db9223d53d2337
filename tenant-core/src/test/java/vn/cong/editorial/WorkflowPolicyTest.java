package vn.cong.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cong.identity.Actor;
import vn.cong.identity.Role;
import vn.cong.platform.TenantOwned;

/** The permission matrix: each role × each action, in the item's own unit and in a foreign unit. */
class WorkflowPolicyTest {

    private static final long UNIT = 10;
    private static final long OTHER_UNIT = 20;
    private static final long AUTHOR = 1;

    @Test
    void theAuthorSubmitsButNeverPublishesOrRejectsTheirOwnItem() {
        Actor author = actor(AUTHOR, UNIT, Role.EDITOR, Role.SECRETARIAT, Role.HEAD);
        assertTrue(WorkflowPolicy.can(author, WorkflowAction.SUBMIT, item(ItemState.DRAFT)));
        Item submitted = submittedBy(AUTHOR);
        assertFalse(WorkflowPolicy.can(author, WorkflowAction.PUBLISH, submitted));
        assertFalse(WorkflowPolicy.can(author, WorkflowAction.REJECT, submitted));
    }

    @Test
    void matrixInTheItemsOwnUnit() {
        Item submitted = submittedBy(AUTHOR);
        for (Role role : Role.values()) {
            Actor other = actor(2, UNIT, role);
            boolean board = role == Role.SECRETARIAT || role == Role.HEAD;
            assertEquals(board, WorkflowPolicy.can(other, WorkflowAction.PUBLISH, submitted), role + " publish");
            assertEquals(board, WorkflowPolicy.can(other, WorkflowAction.REJECT, submitted), role + " reject");
            assertFalse(WorkflowPolicy.can(other, WorkflowAction.SUBMIT, item(ItemState.DRAFT)),
                    role + " submits someone else's draft");
            boolean writer = role == Role.EDITOR || board;
            assertEquals(writer, WorkflowPolicy.canCreate(other), role + " create");
        }
    }

    @Test
    void nothingIsAllowedInAForeignUnit() {
        Item foreign = submittedBy(AUTHOR);
        setTenant(foreign, OTHER_UNIT);
        for (Role role : Role.values()) {
            Actor outsider = actor(2, UNIT, role);
            for (WorkflowAction action : WorkflowAction.values()) {
                assertFalse(WorkflowPolicy.can(outsider, action, foreign), role + " " + action + " abroad");
            }
            assertFalse(WorkflowPolicy.canView(outsider, foreign), role + " views abroad");
        }
    }

    @Test
    void someoneWhoSubmittedAnotherPersonsItemDoesNotPublishIt() {
        Item item = item(ItemState.DRAFT);
        item.moveTo(ItemState.SUBMITTED, WorkflowAction.SUBMIT, 3, Instant.now());
        Actor submitter = actor(3, UNIT, Role.SECRETARIAT);
        assertFalse(WorkflowPolicy.can(submitter, WorkflowAction.PUBLISH, item));
    }

    @Test
    void onlyTheAuthorEditsAndOnlyWhileDraftOrRejected() {
        Actor author = actor(AUTHOR, UNIT, Role.EDITOR);
        assertTrue(WorkflowPolicy.canEdit(author, item(ItemState.DRAFT)));
        assertFalse(WorkflowPolicy.canEdit(author, submittedBy(AUTHOR)));
        assertFalse(WorkflowPolicy.canEdit(actor(2, UNIT, Role.EDITOR), item(ItemState.DRAFT)));
    }

    private static Actor actor(long accountId, long unitId, Role... roles) {
        return new Actor(accountId, "user" + accountId, "Người dùng " + accountId, unitId, Set.of(roles));
    }

    private static Item item(ItemState state) {
        Item item = new Item(5, "vi", "bai-viet", AUTHOR);
        setTenant(item, UNIT);
        if (state != ItemState.DRAFT) {
            item.moveTo(state, WorkflowAction.SUBMIT, AUTHOR, Instant.now());
        }
        return item;
    }

    private static Item submittedBy(long submitter) {
        Item item = item(ItemState.DRAFT);
        item.moveTo(ItemState.SUBMITTED, WorkflowAction.SUBMIT, submitter, Instant.now());
        return item;
    }

    private static void setTenant(Item item, long unitId) {
        try {
            Field field = TenantOwned.class.getDeclaredField("tenantId");
            field.setAccessible(true);
            field.set(item, unitId);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
