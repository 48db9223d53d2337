package vn.cong.board;

import static vn.cong.identity.PermissionMatrix.OWN;
import static vn.cong.identity.PermissionMatrix.SUBTREE;
import static vn.cong.identity.PermissionMatrix.assertMatrix;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cong.identity.Role;
import vn.cong.tenancy.UnitLevel;

/**
 * Role × unit relation, written out independently of {@link BoardPolicy}. The operator does not name a unit's board:
 * the unit's administrator or the DIC over it does, and the audit log shows who.
 */
class BoardPolicyTest {

    @Test
    void theUnitAdministratorAndTheDicAdministratorOfItsSubtreeManageTheBoard() {
        assertMatrix("manage the board", Map.of(Role.UNIT_ADMIN, OWN, Role.DIC_ADMIN, SUBTREE), UnitLevel.COMMUNE,
                BoardPolicy::canManage);
    }
}
