package vn.cong.catalog;

import static vn.cong.identity.PermissionMatrix.OWN;
import static vn.cong.identity.PermissionMatrix.SUBTREE;
import static vn.cong.identity.PermissionMatrix.assertMatrix;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cong.identity.Role;
import vn.cong.tenancy.UnitLevel;

/** Role × unit relation, written out independently of {@link CatalogPolicy}. */
class CatalogPolicyTest {

    @Test
    void theUnitAdministratorAndTheDicAdministratorOfItsSubtreeShapeTheCatalog() {
        assertMatrix("edit the catalog", Map.of(Role.UNIT_ADMIN, OWN, Role.DIC_ADMIN, SUBTREE), UnitLevel.DEPARTMENT,
                CatalogPolicy::canEdit);
    }
}
