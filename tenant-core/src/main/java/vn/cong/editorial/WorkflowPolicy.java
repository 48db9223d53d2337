package vn.cong.editorial;

import static vn.cong.identity.Role.DEPUTY_HEAD;
import static vn.cong.identity.Role.EDITOR;
import static vn.cong.identity.Role.FOCAL_OFFICER;
import static vn.cong.identity.Role.HEAD;
import static vn.cong.identity.Role.MEMBER;
import static vn.cong.identity.Role.SECRETARIAT;

import java.util.EnumSet;
import java.util.Set;
import vn.cong.identity.Actor;
import vn.cong.identity.Role;

/**
 * Who may do what to an item — every rule in one place (REQUIREMENTS §2; as GOV.UK Whitehall's
 * {@code edition_rules.rb}). The actor's roles are those held in the item's own unit; a member of another unit
 * holds none there and may do nothing. Whether the move itself is legal is {@link Workflow}'s business.
 * <ul>
 *   <li>write (create, submit one's own item): editors and collaborators, focal officers, board members;</li>
 *   <li>edit: the author while DRAFT or REJECTED; the secretariat while IN_EDIT, and a PUBLISHED item into a
 *       working revision that citizens do not see until the secretariat republishes it;</li>
 *   <li>take, escalate, approve an item in edit, schedule, publish, republish an amendment: the secretariat only;</li>
 *   <li>an escalated item is decided (approve, reject, return) by the account it was escalated to, or by the
 *       head or a deputy head;</li>
 *   <li>force-publish: the head only; review a force-published item: another board member;</li>
 *   <li>unpublish: the secretariat or the head; archive: the secretariat (or the author, a rejected item);</li>
 *   <li>the author and the submitter never approve, reject, schedule, publish or force-publish their own item,
 *       nor review it; release and fail belong to the scheduler, expire to retention runs, never to a person.</li>
 * </ul>
 */
public final class WorkflowPolicy {

    private WorkflowPolicy() {
    }

    public static boolean can(Actor actor, WorkflowAction action, Item item) {
        if (!inUnit(actor, item)) {
            return false;
        }
        return switch (action) {
            case SUBMIT -> isAuthor(actor, item) && canCreate(actor);
            case TAKE, ESCALATE, UNSCHEDULE -> actor.holds(SECRETARIAT);
            case APPROVE, REJECT -> !ownWork(actor, item) && (item.getState() == ItemState.ESCALATED
                    ? decidesEscalation(actor, item) : actor.holds(SECRETARIAT));
            case RETURN -> decidesEscalation(actor, item);
            case SCHEDULE, PUBLISH, REPUBLISH -> actor.holds(SECRETARIAT) && !ownWork(actor, item);
            case FORCE_PUBLISH -> actor.holds(HEAD) && !ownWork(actor, item);
            case REVIEW -> isBoardMember(actor) && !ownWork(actor, item) && !forcePublishedBy(actor, item);
            case UNPUBLISH -> actor.holdsAny(SECRETARIAT, HEAD);
            case ARCHIVE -> actor.holds(SECRETARIAT)
                    || item.getState() == ItemState.REJECTED && isAuthor(actor, item);
            case RELEASE, FAIL, EXPIRE, PROVISION -> false;
        };
    }

    public static boolean canCreate(Actor actor) {
        return actor.holdsAny(EDITOR, FOCAL_OFFICER, MEMBER, SECRETARIAT, DEPUTY_HEAD, HEAD);
    }

    public static boolean canEdit(Actor actor, Item item) {
        if (!inUnit(actor, item)) {
            return false;
        }
        return item.getState().isEditableByAuthor() && isAuthor(actor, item) && canCreate(actor)
                || (item.getState() == ItemState.IN_EDIT || item.getState() == ItemState.PUBLISHED)
                && actor.holds(SECRETARIAT);
    }

    public static boolean canView(Actor actor, Item item) {
        return inUnit(actor, item) && actor.isMember();
    }

    /** What {@code actor} may do to {@code item} now: legal in the workflow and allowed by this policy. */
    public static Set<WorkflowAction> available(Actor actor, Item item) {
        Set<WorkflowAction> actions = EnumSet.noneOf(WorkflowAction.class);
        for (WorkflowAction action : WorkflowAction.values()) {
            if (Workflow.allows(item, action) && can(actor, action, item)) {
                actions.add(action);
            }
        }
        return actions;
    }

    /** Who an item may be escalated to: a member (for its field), the head or a deputy head — never its author. */
    public static boolean mayReceiveEscalation(Set<Role> targetRoles, long targetAccountId, Item item) {
        boolean decides = targetRoles.contains(MEMBER) || targetRoles.contains(HEAD) || targetRoles.contains(DEPUTY_HEAD);
        return decides && !isAuthorOrSubmitter(targetAccountId, item);
    }

    private static boolean decidesEscalation(Actor actor, Item item) {
        return item.getEscalatedTo() != null && item.getEscalatedTo() == actor.accountId()
                || actor.holdsAny(HEAD, DEPUTY_HEAD);
    }

    private static boolean isBoardMember(Actor actor) {
        return actor.holdsAny(HEAD, DEPUTY_HEAD, MEMBER, SECRETARIAT);
    }

    private static boolean inUnit(Actor actor, Item item) {
        return item.getTenantId() == null || item.getTenantId() == actor.unitId();
    }

    private static boolean isAuthor(Actor actor, Item item) {
        return item.getCreatedBy() == actor.accountId();
    }

    /** The author and the submitter never approve or publish their own work. */
    private static boolean ownWork(Actor actor, Item item) {
        return isAuthorOrSubmitter(actor.accountId(), item);
    }

    private static boolean isAuthorOrSubmitter(long accountId, Item item) {
        return item.getCreatedBy() == accountId
                || item.getSubmittedBy() != null && item.getSubmittedBy() == accountId;
    }

    private static boolean forcePublishedBy(Actor actor, Item item) {
        return item.getForcePublication().getBy() != null && item.getForcePublication().getBy() == actor.accountId();
    }
}
