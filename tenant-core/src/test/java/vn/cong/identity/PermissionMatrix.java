package vn.cong.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import vn.cong.identity.ActorsByRelation.Relation;
import vn.cong.tenancy.UnitLevel;

/**
 * One policy decision checked cell by cell: for every role and every relation of the unit acted in (own, below,
 * foreign), and for anonymous callers, the policy answers exactly what the matrix written in the test says.
 */
public final class PermissionMatrix {

    public static final Set<Relation> OWN = EnumSet.of(Relation.OWN_UNIT);
    public static final Set<Relation> SUBTREE = EnumSet.of(Relation.OWN_UNIT, Relation.UNIT_BELOW);
    public static final Set<Relation> ANYWHERE = EnumSet.allOf(Relation.class);

    private PermissionMatrix() {
    }

    /** {@code allowed}: where each role may; a role not in it may nowhere. */
    public static void assertMatrix(String action, Map<Role, Set<Relation>> allowed, UnitLevel level,
                                    Predicate<Actor> decision) {
        assertFalse(decision.test(null), action + ": anonymous");
        for (Role role : Role.values()) {
            for (Relation relation : Relation.values()) {
                Actor actor = ActorsByRelation.actor(role, ActorsByRelation.unit(relation, level));
                assertEquals(allowed.getOrDefault(role, Set.of()).contains(relation), decision.test(actor),
                        action + ": " + role + " in " + relation);
            }
        }
    }
}
