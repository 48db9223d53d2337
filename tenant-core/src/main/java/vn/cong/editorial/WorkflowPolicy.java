package vn.cong.editorial;

import vn.cong.identity.Actor;
import vn.cong.identity.Role;

/**
 * Who may do what to an item — every rule in one place (REQUIREMENTS §2). The actor's roles are those
 * held in the item's own unit; a member of another unit holds none there and may do nothing.
 * <ul>
 *   <li>create, edit: editors and board members of the unit; the author only while DRAFT or REJECTED;</li>
 *   <li>submit: the item's author;</li>
 *   <li>publish, reject: the secretariat or the head — never the item's author or submitter;</li>
 *   <li>unpublish: the secretariat or the head.</li>
 * </ul>
 */
public final class WorkflowPolicy {

    private WorkflowPolicy() {
    }

    public static boolean canCreate(Actor actor) {
        return actor.holdsAny(Role.EDITOR, Role.SECRETARIAT, Role.HEAD);
    }

    public static boolean canEdit(Actor actor, Item item) {
        return inUnit(actor, item) && item.getState().isEditableByAuthor() && isAuthor(actor, item);
    }

    public static boolean canView(Actor actor, Item item) {
        return inUnit(actor, item) && actor.isMember();
    }

    public static boolean can(Actor actor, WorkflowAction action, Item item) {
        if (!inUnit(actor, item)) {
            return false;
        }
        return switch (action) {
            case SUBMIT -> isAuthor(actor, item) && canCreate(actor);
            case PUBLISH, REJECT -> actor.holdsAny(Role.SECRETARIAT, Role.HEAD) && !isAuthor(actor, item)
                    && !isSubmitter(actor, item);
            case UNPUBLISH -> actor.holdsAny(Role.SECRETARIAT, Role.HEAD);
        };
    }

    private static boolean inUnit(Actor actor, Item item) {
        return item.getTenantId() == null || item.getTenantId() == actor.unitId();
    }

    private static boolean isAuthor(Actor actor, Item item) {
        return item.getCreatedBy() == actor.accountId();
    }

    private static boolean isSubmitter(Actor actor, Item item) {
        return item.getSubmittedBy() != null && item.getSubmittedBy() == actor.accountId();
    }
}
