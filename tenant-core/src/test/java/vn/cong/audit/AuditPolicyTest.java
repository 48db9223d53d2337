package vn.cong.audit;

import static vn.cong.identity.PermissionMatrix.ANYWHERE;
import static vn.cong.identity.PermissionMatrix.OWN;
import static vn.cong.identity.PermissionMatrix.SUBTREE;
import static vn.cong.identity.PermissionMatrix.assertMatrix;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cong.identity.Role;
import vn.cong.tenancy.UnitLevel;

/** Role × unit relation, written out independently of {@link AuditPolicy}. */
class AuditPolicyTest {

    @Test
    void theAdministratorAndHeadOfTheUnitReadItsLogAndTheDicAdministratorOfItsSubtree() {
        assertMatrix("read the audit log", Map.of(Role.UNIT_ADMIN, OWN, Role.HEAD, OWN, Role.DIC_ADMIN, SUBTREE,
                Role.PLATFORM_OPERATOR, ANYWHERE), UnitLevel.COMMUNE, AuditPolicy::maySee);
    }
}
