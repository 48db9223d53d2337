package vn.cong.retention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cong.identity.PermissionMatrix.ANYWHERE;
import static vn.cong.identity.PermissionMatrix.OWN;
import static vn.cong.identity.PermissionMatrix.SUBTREE;
import static vn.cong.identity.PermissionMatrix.assertMatrix;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cong.identity.Role;
import vn.cong.tenancy.UnitLevel;

/** Role × unit relation × action, written out independently of {@link RetentionPolicy}. */
class RetentionPolicyTest {

    @Test
    void thoseWhoAnswerForThePortalSeeWhatRetentionWillArchiveThere() {
        assertMatrix("see a unit's retention", Map.of(Role.UNIT_ADMIN, OWN, Role.HEAD, OWN, Role.SECRETARIAT, OWN,
                Role.DIC_ADMIN, SUBTREE, Role.PLATFORM_OPERATOR, ANYWHERE), UnitLevel.COMMUNE, RetentionPolicy::maySeeUnit);
    }

    @Test
    void onlyThePlatformOperatorStartsARunOverEveryUnitAndReadsTheRuns() {
        assertTrue(RetentionPolicy.mayRunAndSeeRuns(true));
        assertFalse(RetentionPolicy.mayRunAndSeeRuns(false));
    }
}
