package vn.cong.audit;

import vn.cong.identity.Actor;
import vn.cong.identity.Role;

/**
 * Who may read a unit's audit log and export it: its administrator and head, a DIC administrator over it, the
 * operator — those who answer for what was done in the unit. Editors, the secretariat and deputies do not: the log
 * names people and their addresses. {@code actor} is the caller as an actor in the unit whose log it is.
 */
public final class AuditPolicy {

    private AuditPolicy() {
    }

    public static boolean maySee(Actor actor) {
        return actor != null && actor.holdsAny(Role.UNIT_ADMIN, Role.HEAD, Role.DIC_ADMIN, Role.PLATFORM_OPERATOR);
    }
}
