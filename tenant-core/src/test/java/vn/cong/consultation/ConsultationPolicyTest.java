package vn.cong.consultation;

import static vn.cong.identity.PermissionMatrix.OWN;
import static vn.cong.identity.PermissionMatrix.assertMatrix;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cong.identity.Role;
import vn.cong.tenancy.UnitLevel;

/** Role × unit relation × what may be done with consultations, written out independently of the policy. */
class ConsultationPolicyTest {

    @Test
    void theSecretariatAndTheHeadsManageModerateAndSynthesise() {
        assertMatrix("manage", Map.of(Role.SECRETARIAT, OWN, Role.HEAD, OWN, Role.DEPUTY_HEAD, OWN),
                UnitLevel.DEPARTMENT, ConsultationPolicy::mayManage);
    }

    @Test
    void theHeadsPublishTheOutcome() {
        assertMatrix("publish the outcome", Map.of(Role.HEAD, OWN, Role.DEPUTY_HEAD, OWN), UnitLevel.PROVINCE,
                ConsultationPolicy::mayPublishOutcome);
    }
}
