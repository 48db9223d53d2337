package vn.cong.provisioning.control;

import vn.cong.identity.Actor;
import vn.cong.identity.Role;

/**
 * Who may open a portal, the one rule: under a parent unit, a platform operator or the DIC administrator of a subtree
 * that holds the parent (the province's Department of Information and Communications opens its units' portals); a
 * top-level unit (a province, a ministry, a national site), an operator only. Nobody else — not the parent's head nor
 * its administrator: opening a portal commits the platform to hosting it. A unit's record and the units directly
 * under it are shown to anyone holding a role in it (a DIC administrator over it and the operator among them).
 */
public final class ProvisioningPolicy {

    private ProvisioningPolicy() {
    }

    /** {@code actorInParent}: the caller as an actor in the parent unit. */
    public static boolean mayOpenUnder(Actor actorInParent) {
        return actorInParent.holdsAny(Role.PLATFORM_OPERATOR, Role.DIC_ADMIN);
    }

    /**
     * {@code actorInUnit}: the caller as an actor in a unit a reorganisation takes apart or into which it merges
     * others — the same people as open portals there: the DIC administrator of a subtree that holds it, the operator.
     */
    public static boolean mayReorganise(Actor actorInUnit) {
        return actorInUnit != null && actorInUnit.holdsAny(Role.PLATFORM_OPERATOR, Role.DIC_ADMIN);
    }

    public static boolean mayOpenTopLevel(boolean operator) {
        return operator;
    }

    /** {@code actorInUnit}: the caller as an actor in the unit asked about. */
    public static boolean maySeeUnit(Actor actorInUnit) {
        return actorInUnit != null && actorInUnit.isMember();
    }
}
