package vn.cong.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cong.identity.Role.DEPUTY_HEAD;
import static vn.cong.identity.Role.EDITOR;
import static vn.cong.identity.Role.FOCAL_OFFICER;
import static vn.cong.identity.Role.HEAD;
import static vn.cong.identity.Role.MEMBER;
import static vn.cong.identity.Role.SECRETARIAT;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.cong.identity.Actor;
import vn.cong.identity.Role;

/**
 * The permission matrix: each role × each action (in each state where the action is legal) × the item's own unit
 * and a foreign unit — plus the rules about one's own work, escalation targets and retrospective review.
 */
class WorkflowPolicyTest {

    /** Someone who neither wrote, submitted, was escalated nor force-published the items below. */
    private static final long BYSTANDER = 2;

    private record Row(WorkflowAction action, Supplier<Item> item, Set<Role> mayFire) {
    }

    /** Who may fire each legal move, as a board member who has no personal link to the item. */
    private static final List<Row> MATRIX = List.of(
            row(WorkflowAction.SUBMIT, ItemState.DRAFT),
            row(WorkflowAction.SUBMIT, ItemState.REJECTED),
            row(WorkflowAction.TAKE, ItemState.SUBMITTED, SECRETARIAT),
            row(WorkflowAction.TAKE, ItemState.PUBLISH_FAILED, SECRETARIAT),
            row(WorkflowAction.REJECT, ItemState.SUBMITTED, SECRETARIAT),
            row(WorkflowAction.REJECT, ItemState.IN_EDIT, SECRETARIAT),
            row(WorkflowAction.REJECT, ItemState.ESCALATED, HEAD, DEPUTY_HEAD),
            row(WorkflowAction.FORCE_PUBLISH, ItemState.SUBMITTED, HEAD),
            row(WorkflowAction.FORCE_PUBLISH, ItemState.IN_EDIT, HEAD),
            row(WorkflowAction.FORCE_PUBLISH, ItemState.ESCALATED, HEAD),
            row(WorkflowAction.ESCALATE, ItemState.IN_EDIT, SECRETARIAT),
            row(WorkflowAction.APPROVE, ItemState.IN_EDIT, SECRETARIAT),
            row(WorkflowAction.APPROVE, ItemState.ESCALATED, HEAD, DEPUTY_HEAD),
            row(WorkflowAction.RETURN, ItemState.ESCALATED, HEAD, DEPUTY_HEAD),
            row(WorkflowAction.PUBLISH, ItemState.APPROVED, SECRETARIAT),
            row(WorkflowAction.PUBLISH, ItemState.PUBLISH_FAILED, SECRETARIAT),
            row(WorkflowAction.SCHEDULE, ItemState.APPROVED, SECRETARIAT),
            row(WorkflowAction.SCHEDULE, ItemState.SCHEDULED, SECRETARIAT),
            row(WorkflowAction.SCHEDULE, ItemState.PUBLISH_FAILED, SECRETARIAT),
            row(WorkflowAction.UNSCHEDULE, ItemState.SCHEDULED, SECRETARIAT),
            row(WorkflowAction.RELEASE, ItemState.SCHEDULED),
            row(WorkflowAction.FAIL, ItemState.SCHEDULED),
            row(WorkflowAction.EXPIRE, ItemState.PUBLISHED),
            row(WorkflowAction.PROVISION, ItemState.DRAFT),
            new Row(WorkflowAction.REVIEW, Items::forcePublished, EnumSet.of(HEAD, DEPUTY_HEAD, MEMBER, SECRETARIAT)),
            row(WorkflowAction.UNPUBLISH, ItemState.PUBLISHED, SECRETARIAT, HEAD),
            new Row(WorkflowAction.REPUBLISH, Items::amended, EnumSet.of(SECRETARIAT)),
            row(WorkflowAction.ARCHIVE, ItemState.UNPUBLISHED, SECRETARIAT),
            row(WorkflowAction.ARCHIVE, ItemState.REJECTED, SECRETARIAT));

    @Test
    void eachRoleMayFireExactlyTheMovesOfTheMatrixInTheItemsOwnUnit() {
        for (Row row : MATRIX) {
            for (Role role : Role.values()) {
                Item item = row.item().get();
                boolean expected = row.mayFire().contains(role);
                assertEquals(expected, WorkflowPolicy.can(actor(BYSTANDER, Items.UNIT, role), row.action(), item),
                        role + " " + row.action() + " on " + item.getState());
            }
        }
    }

    @Test
    void noRoleMayFireAnythingOnAForeignUnitsItem() {
        for (Row row : MATRIX) {
            for (Role role : Role.values()) {
                Item foreign = Items.abroad(row.item().get());
                assertFalse(WorkflowPolicy.can(actor(BYSTANDER, Items.UNIT, role), row.action(), foreign),
                        role + " " + row.action() + " abroad");
                assertFalse(WorkflowPolicy.can(actor(Items.AUTHOR, Items.UNIT, role), row.action(), foreign),
                        "the author, as " + role + ", " + row.action() + " abroad");
                assertFalse(WorkflowPolicy.canView(actor(BYSTANDER, Items.UNIT, role), foreign), role + " views abroad");
                assertFalse(WorkflowPolicy.canEdit(actor(Items.AUTHOR, Items.UNIT, role), foreign), role + " edits abroad");
            }
        }
    }

    @Test
    void theMatrixCoversEveryLegalMoveOfTheWorkflow() {
        List<String> missing = new ArrayList<>();
        for (ItemState state : ItemState.values()) {
            for (WorkflowAction action : WorkflowAction.values()) {
                boolean legal = Workflow.permits(state, action);
                boolean specified = MATRIX.stream().anyMatch(r -> r.action() == action
                        && r.item().get().getState() == state);
                if (legal && !specified) {
                    missing.add(state + " " + action);
                }
            }
        }
        assertEquals(List.of(), missing, "legal moves without a row in the permission matrix");
    }

    @Test
    void theAuthorSubmitsButNeverDecidesOrPublishesTheirOwnItemWhateverTheirRoles() {
        Actor author = actor(Items.AUTHOR, Items.UNIT, Role.values());
        assertTrue(WorkflowPolicy.can(author, WorkflowAction.SUBMIT, Items.in(ItemState.DRAFT)));
        assertTrue(WorkflowPolicy.can(author, WorkflowAction.SUBMIT, Items.in(ItemState.REJECTED)));
        for (ItemState state : ItemState.values()) {
            for (WorkflowAction action : EnumSet.of(WorkflowAction.APPROVE, WorkflowAction.REJECT,
                    WorkflowAction.PUBLISH, WorkflowAction.SCHEDULE, WorkflowAction.FORCE_PUBLISH,
                    WorkflowAction.REPUBLISH)) {
                assertFalse(WorkflowPolicy.can(author, action, Items.in(state)), "author " + action + " " + state);
            }
        }
        assertFalse(WorkflowPolicy.can(author, WorkflowAction.REVIEW, Items.forcePublished()));
    }

    @Test
    void someoneWhoSubmittedAnotherPersonsItemDoesNotDecideIt() {
        Item item = Items.in(ItemState.DRAFT);
        long submitter = 3;
        item.moveTo(ItemState.SUBMITTED, Transition.of(WorkflowAction.SUBMIT), submitter, Items.NOW);
        item.moveTo(ItemState.IN_EDIT, Transition.of(WorkflowAction.TAKE), Items.SECRETARY, Items.NOW);
        Actor secretary = actor(submitter, Items.UNIT, SECRETARIAT, HEAD);
        assertFalse(WorkflowPolicy.can(secretary, WorkflowAction.APPROVE, item));
        assertFalse(WorkflowPolicy.can(secretary, WorkflowAction.FORCE_PUBLISH, item));
        assertTrue(WorkflowPolicy.can(secretary, WorkflowAction.ESCALATE, item), "routing it on is not deciding");
    }

    @Test
    void anEscalatedItemIsDecidedByTheMemberItWentToAndNotByAnotherMember() {
        Item escalated = Items.in(ItemState.ESCALATED);
        Actor target = actor(Items.MEMBER, Items.UNIT, MEMBER);
        Actor otherMember = actor(BYSTANDER, Items.UNIT, MEMBER);
        for (WorkflowAction action : EnumSet.of(WorkflowAction.APPROVE, WorkflowAction.REJECT, WorkflowAction.RETURN)) {
            assertTrue(WorkflowPolicy.can(target, action, escalated), "target " + action);
            assertFalse(WorkflowPolicy.can(otherMember, action, escalated), "other member " + action);
        }
        assertFalse(WorkflowPolicy.can(actor(Items.SECRETARY, Items.UNIT, SECRETARIAT), WorkflowAction.APPROVE,
                escalated), "the secretariat does not overrule the board member it asked");
        assertEquals(EnumSet.of(WorkflowAction.APPROVE, WorkflowAction.REJECT, WorkflowAction.RETURN),
                WorkflowPolicy.available(target, escalated));
    }

    @Test
    void aForcePublishedItemIsReviewedByAnotherBoardMemberNotByTheHeadWhoForcedIt() {
        Item forced = Items.forcePublished();
        assertFalse(WorkflowPolicy.can(actor(Items.HEAD, Items.UNIT, HEAD, SECRETARIAT), WorkflowAction.REVIEW, forced));
        assertTrue(WorkflowPolicy.can(actor(BYSTANDER, Items.UNIT, DEPUTY_HEAD), WorkflowAction.REVIEW, forced));
        assertFalse(WorkflowPolicy.can(actor(BYSTANDER, Items.UNIT, EDITOR), WorkflowAction.REVIEW, forced));
    }

    @Test
    void theAuthorEditsDraftsAndRejectedItemsTheSecretariatItemsInEditAndPublishedOnesNobodyApprovedOnes() {
        Actor author = actor(Items.AUTHOR, Items.UNIT, EDITOR);
        Actor secretary = actor(Items.SECRETARY, Items.UNIT, SECRETARIAT);
        assertTrue(WorkflowPolicy.canEdit(author, Items.in(ItemState.DRAFT)));
        assertTrue(WorkflowPolicy.canEdit(author, Items.in(ItemState.REJECTED)));
        assertFalse(WorkflowPolicy.canEdit(author, Items.in(ItemState.SUBMITTED)));
        assertFalse(WorkflowPolicy.canEdit(author, Items.in(ItemState.IN_EDIT)));
        assertFalse(WorkflowPolicy.canEdit(actor(BYSTANDER, Items.UNIT, EDITOR), Items.in(ItemState.DRAFT)));
        assertTrue(WorkflowPolicy.canEdit(secretary, Items.in(ItemState.IN_EDIT)));
        assertFalse(WorkflowPolicy.canEdit(secretary, Items.in(ItemState.DRAFT)));
        for (ItemState state : EnumSet.of(ItemState.APPROVED, ItemState.SCHEDULED, ItemState.UNPUBLISHED)) {
            assertFalse(WorkflowPolicy.canEdit(secretary, Items.in(state)), "secretariat edits " + state);
            assertFalse(WorkflowPolicy.canEdit(author, Items.in(state)), "author edits " + state);
        }
        assertTrue(WorkflowPolicy.canEdit(secretary, Items.in(ItemState.PUBLISHED)),
                "the secretariat amends a published item into a working revision");
        assertFalse(WorkflowPolicy.canEdit(author, Items.in(ItemState.PUBLISHED)), "the author does not");
    }

    @Test
    void writersAreEditorsFocalOfficersAndTheBoardNotAdministratorsOrResponders() {
        Set<Role> writers = EnumSet.of(EDITOR, FOCAL_OFFICER, MEMBER, SECRETARIAT, DEPUTY_HEAD, HEAD);
        for (Role role : Role.values()) {
            assertEquals(writers.contains(role), WorkflowPolicy.canCreate(actor(BYSTANDER, Items.UNIT, role)),
                    role.name());
        }
    }

    @Test
    void theActionsOfferedAreThoseTheWorkflowAndThePolicyBothAllow() {
        Item submitted = Items.in(ItemState.SUBMITTED);
        assertEquals(EnumSet.of(WorkflowAction.TAKE, WorkflowAction.REJECT),
                WorkflowPolicy.available(actor(BYSTANDER, Items.UNIT, SECRETARIAT), submitted));
        assertEquals(EnumSet.of(WorkflowAction.FORCE_PUBLISH),
                WorkflowPolicy.available(actor(BYSTANDER, Items.UNIT, HEAD), submitted));
        assertEquals(EnumSet.noneOf(WorkflowAction.class),
                WorkflowPolicy.available(actor(Items.AUTHOR, Items.UNIT, EDITOR), submitted));
        assertEquals(EnumSet.of(WorkflowAction.UNPUBLISH),
                WorkflowPolicy.available(actor(BYSTANDER, Items.UNIT, SECRETARIAT), Items.in(ItemState.PUBLISHED)),
                "no review is offered on an item that was approved normally, no republication without an amendment");
        assertEquals(EnumSet.of(WorkflowAction.UNPUBLISH, WorkflowAction.REPUBLISH),
                WorkflowPolicy.available(actor(BYSTANDER, Items.UNIT, SECRETARIAT), Items.amended()));
    }

    @Test
    void anEscalationNeverGoesToTheAuthorOrToSomeoneWhoDoesNotDecide() {
        Item item = Items.in(ItemState.IN_EDIT);
        assertTrue(WorkflowPolicy.mayReceiveEscalation(EnumSet.of(MEMBER), Items.MEMBER, item));
        assertTrue(WorkflowPolicy.mayReceiveEscalation(EnumSet.of(DEPUTY_HEAD), BYSTANDER, item));
        assertFalse(WorkflowPolicy.mayReceiveEscalation(EnumSet.of(MEMBER, HEAD), Items.AUTHOR, item));
        assertFalse(WorkflowPolicy.mayReceiveEscalation(EnumSet.of(SECRETARIAT, EDITOR), BYSTANDER, item));
    }

    private static Row row(WorkflowAction action, ItemState state, Role... roles) {
        Set<Role> mayFire = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
        return new Row(action, () -> Items.in(state), mayFire);
    }

    private static Actor actor(long accountId, long unitId, Role... roles) {
        return new Actor(accountId, "user" + accountId, "Người dùng " + accountId, unitId, Set.of(roles));
    }
}
