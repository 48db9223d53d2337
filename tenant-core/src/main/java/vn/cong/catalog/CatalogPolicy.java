package vn.cong.catalog;

import vn.cong.identity.Actor;
import vn.cong.identity.Role;

/**
 * Who may change a unit's catalog (add, rename, move, hide categories, change rules, move to a newer preset): the
 * unit's administrators, and the DIC administrator of a subtree containing it ({@code Authority} already counts a
 * DIC grant in every unit of its subtree). Editors and the board publish into the catalog; they do not shape it.
 */
public final class CatalogPolicy {

    private CatalogPolicy() {
    }

    public static boolean canEdit(Actor actor) {
        return actor != null && actor.holdsAny(Role.UNIT_ADMIN, Role.DIC_ADMIN);
    }
}
