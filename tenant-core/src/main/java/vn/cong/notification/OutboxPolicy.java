package vn.cong.notification;

import vn.cong.identity.Actor;
import vn.cong.identity.Role;

/**
 * Who sees a unit's mail outbox (what was sent to whom, what failed) and sends a failed e-mail again: the unit's
 * administrator, a DIC administrator over it, the operator — those who fix addresses and mail settings.
 * {@code actor} is the caller as an actor in the unit.
 */
public final class OutboxPolicy {

    private OutboxPolicy() {
    }

    public static boolean maySee(Actor actor) {
        return actor != null && actor.holdsAny(Role.UNIT_ADMIN, Role.DIC_ADMIN, Role.PLATFORM_OPERATOR);
    }
}
