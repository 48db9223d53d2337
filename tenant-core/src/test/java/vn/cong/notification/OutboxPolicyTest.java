package vn.cong.notification;

import static vn.cong.identity.PermissionMatrix.ANYWHERE;
import static vn.cong.identity.PermissionMatrix.OWN;
import static vn.cong.identity.PermissionMatrix.SUBTREE;
import static vn.cong.identity.PermissionMatrix.assertMatrix;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cong.identity.Role;
import vn.cong.tenancy.UnitLevel;

/** Role × unit relation, written out independently of {@link OutboxPolicy}. */
class OutboxPolicyTest {

    @Test
    void theUnitAdministratorTheDicAdministratorOfItsSubtreeAndTheOperatorSeeTheOutbox() {
        assertMatrix("see and retry the outbox", Map.of(Role.UNIT_ADMIN, OWN, Role.DIC_ADMIN, SUBTREE,
                Role.PLATFORM_OPERATOR, ANYWHERE), UnitLevel.DISTRICT, OutboxPolicy::maySee);
    }
}
