package vn.cong.board;

import vn.cong.identity.Actor;
import vn.cong.identity.Role;

/**
 * Who may change a unit's board: its unit administrator, or a DIC administrator whose grant covers the unit's
 * subtree (explicitly, see {@link vn.cong.identity.Authority}). Board roles themselves give no such right.
 */
public final class BoardPolicy {

    private BoardPolicy() {
    }

    public static boolean canManage(Actor actor) {
        return actor != null && actor.holdsAny(Role.UNIT_ADMIN, Role.DIC_ADMIN);
    }
}
