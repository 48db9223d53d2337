package vn.cong.provisioning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cong.identity.ActorsByRelation.Relation.OWN_UNIT;
import static vn.cong.identity.ActorsByRelation.Relation.UNIT_BELOW;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cong.identity.ActorsByRelation;
import vn.cong.identity.ActorsByRelation.Relation;
import vn.cong.identity.PermissionMatrix;
import vn.cong.identity.Role;
import vn.cong.tenancy.UnitLevel;

/** Role × where the parent unit is, written out independently of {@link ProvisioningPolicy}. */
class ProvisioningPolicyTest {

    /** Where, seen from their grant, each role may open a portal under a parent. */
    private static final Map<Role, Set<Relation>> OPEN_UNDER = Map.of(
            Role.DIC_ADMIN, EnumSet.of(OWN_UNIT, UNIT_BELOW), Role.PLATFORM_OPERATOR, EnumSet.allOf(Relation.class));

    @Test
    void onlyTheDicAdministratorOfTheSubtreeAndTheOperatorOpenAPortalUnderAParent() {
        for (Role role : Role.values()) {
            for (Relation parent : Relation.values()) {
                assertEquals(OPEN_UNDER.getOrDefault(role, Set.of()).contains(parent),
                        ProvisioningPolicy.mayOpenUnder(ActorsByRelation.actor(role,
                                ActorsByRelation.unit(parent, UnitLevel.DISTRICT))), role + ", parent " + parent);
            }
        }
    }

    @Test
    void onlyTheDicAdministratorOfTheSubtreeAndTheOperatorReorganiseAUnit() {
        PermissionMatrix.assertMatrix("reorganise", OPEN_UNDER, UnitLevel.COMMUNE, ProvisioningPolicy::mayReorganise);
    }

    @Test
    void anyoneHoldingARoleInAUnitSeesItsRecordAndChildren() {
        Map<Role, Set<Relation>> see = new java.util.EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            see.put(role, EnumSet.of(OWN_UNIT));
        }
        see.put(Role.DIC_ADMIN, EnumSet.of(OWN_UNIT, UNIT_BELOW));
        see.put(Role.PLATFORM_OPERATOR, EnumSet.allOf(Relation.class));
        PermissionMatrix.assertMatrix("see a unit", see, UnitLevel.COMMUNE, ProvisioningPolicy::maySeeUnit);
    }

    @Test
    void aTopLevelUnitNeedsAnOperator() {
        assertTrue(ProvisioningPolicy.mayOpenTopLevel(true));
        assertFalse(ProvisioningPolicy.mayOpenTopLevel(false));
    }
}
