package vn.cong.identity;

import static vn.cong.identity.PermissionMatrix.ANYWHERE;
import static vn.cong.identity.PermissionMatrix.OWN;
import static vn.cong.identity.PermissionMatrix.SUBTREE;
import static vn.cong.identity.PermissionMatrix.assertMatrix;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cong.tenancy.UnitLevel;

/** Role × relation of the account's home unit, written out independently of {@link AccountPolicy}. */
class AccountPolicyTest {

    @Test
    void onlyAdministratorsOverTheHomeUnitAdministerItsAccounts() {
        assertMatrix("administer accounts", Map.of(Role.UNIT_ADMIN, OWN, Role.DIC_ADMIN, SUBTREE,
                Role.PLATFORM_OPERATOR, ANYWHERE), UnitLevel.PROVINCE, AccountPolicy::mayAdminister);
    }
}
