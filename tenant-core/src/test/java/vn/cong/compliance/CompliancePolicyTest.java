package vn.cong.compliance;

import static vn.cong.identity.PermissionMatrix.ANYWHERE;
import static vn.cong.identity.PermissionMatrix.OWN;
import static vn.cong.identity.PermissionMatrix.SUBTREE;
import static vn.cong.identity.PermissionMatrix.assertMatrix;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cong.identity.Role;
import vn.cong.tenancy.UnitLevel;

/** Role × unit relation, written out independently of {@link CompliancePolicy}. */
class CompliancePolicyTest {

    @Test
    void theSecretariatFocalOfficersTheHeadsAndAdministratorsRegisterObligations() {
        assertMatrix("register an obligation", Map.of(Role.SECRETARIAT, OWN, Role.FOCAL_OFFICER, OWN, Role.HEAD, OWN,
                Role.DEPUTY_HEAD, OWN, Role.UNIT_ADMIN, OWN, Role.DIC_ADMIN, SUBTREE, Role.PLATFORM_OPERATOR, ANYWHERE),
                UnitLevel.COMMUNE, CompliancePolicy::mayRegister);
    }

    @Test
    void onlyTheOperatorEvaluatesEveryUnitAtOnce() {
        assertTrue(CompliancePolicy.mayEvaluateEverywhere(true));
        assertFalse(CompliancePolicy.mayEvaluateEverywhere(false));
    }
}
