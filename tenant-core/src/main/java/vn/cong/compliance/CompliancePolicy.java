package vn.cong.compliance;

import vn.cong.identity.Actor;
import vn.cong.identity.Role;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitLevel;

/**
 * Who may see and report what about compliance — every rule in one place:
 * <ul>
 *   <li>a unit's obligations: anyone holding a role in the unit, a DIC administrator over it, the operator;</li>
 *   <li>a subtree's (the roll-up and its drill-down): the DIC administrator of that subtree (explicit grant), the
 *       operator, and — a ministry watching its member portals (MIC Art. 5, 8) — the ministry's head, secretariat
 *       and unit administrator over the ministry's units;</li>
 *   <li>registering or linking an obligation: the unit's secretariat, focal officers, head and deputies, its
 *       administrator, a DIC administrator over it, the operator.</li>
 * </ul>
 */
public final class CompliancePolicy {

    private CompliancePolicy() {
    }

    public static boolean maySeeUnit(Actor actor) {
        return actor.isMember();
    }

    /** {@code actor} is the caller as an actor in {@code root}. */
    public static boolean maySeeSubtree(Actor actor, Unit root) {
        if (actor.holdsAny(Role.DIC_ADMIN, Role.PLATFORM_OPERATOR)) {
            return true;
        }
        return root.getLevel() == UnitLevel.MINISTRY && actor.holdsAny(Role.HEAD, Role.SECRETARIAT, Role.UNIT_ADMIN);
    }

    public static boolean mayRegister(Actor actor) {
        return actor.holdsAny(Role.SECRETARIAT, Role.FOCAL_OFFICER, Role.HEAD, Role.DEPUTY_HEAD, Role.UNIT_ADMIN,
                Role.DIC_ADMIN, Role.PLATFORM_OPERATOR);
    }
}
