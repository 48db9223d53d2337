package vn.cong.reporting;

import vn.cong.identity.Actor;
import vn.cong.identity.Role;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitLevel;

/**
 * Who may see figures — monthly publication reports, compliance dashboards, any roll-up — the one rule for both:
 * <ul>
 *   <li>a unit's own figures: anyone holding a role in it, which includes a DIC administrator over it and the
 *       operator;</li>
 *   <li>a subtree's (the unit and everything below it, with drill-down): the DIC administrator of that subtree
 *       (an explicit grant on it or above), the operator, and — a ministry watching its member portals (MIC Art. 5,
 *       8) — the ministry's head, secretariat and unit administrator. Holding an ordinary role in a province gives
 *       no sight of its communes: they are other units with boards of their own.</li>
 * </ul>
 * {@code actor} is always the caller as an actor in the unit asked about ({@code Authority.actorIn}).
 */
public final class FiguresPolicy {

    private FiguresPolicy() {
    }

    public static boolean maySeeUnit(Actor actor) {
        return actor.isMember();
    }

    public static boolean maySeeSubtree(Actor actor, Unit root) {
        if (actor.holdsAny(Role.DIC_ADMIN, Role.PLATFORM_OPERATOR)) {
            return true;
        }
        return root.getLevel() == UnitLevel.MINISTRY && actor.holdsAny(Role.HEAD, Role.SECRETARIAT, Role.UNIT_ADMIN);
    }
}
