package vn.cong.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.cong.identity.ActorsByRelation.Relation.FOREIGN_UNIT;
import static vn.cong.identity.ActorsByRelation.Relation.OWN_UNIT;
import static vn.cong.identity.ActorsByRelation.Relation.UNIT_BELOW;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cong.identity.Actor;
import vn.cong.identity.ActorsByRelation;
import vn.cong.identity.ActorsByRelation.Relation;
import vn.cong.identity.Role;
import vn.cong.tenancy.UnitLevel;

/** Role × unit relation × action, written out independently of {@link RetentionPolicy}. */
class RetentionPolicyTest {

    private static final Set<Relation> ANYWHERE = EnumSet.allOf(Relation.class);

    /** Where each role may see a unit's retention preview and archivals. */
    private static final Map<Role, Set<Relation>> SEE_UNIT = Map.of(
            Role.UNIT_ADMIN, EnumSet.of(OWN_UNIT), Role.HEAD, EnumSet.of(OWN_UNIT), Role.SECRETARIAT, EnumSet.of(OWN_UNIT),
            Role.DIC_ADMIN, EnumSet.of(OWN_UNIT, UNIT_BELOW), Role.PLATFORM_OPERATOR, ANYWHERE);

    /** Where each role may start a run and read the platform's runs. */
    private static final Map<Role, Set<Relation>> RUN = Map.of(Role.PLATFORM_OPERATOR, ANYWHERE);

    @Test
    void eachRoleSeesAndRunsExactlyWhereTheMatrixSays() {
        for (Role role : Role.values()) {
            for (Relation relation : Relation.values()) {
                Actor actor = ActorsByRelation.actor(role, ActorsByRelation.unit(relation, UnitLevel.COMMUNE));
                String cell = role + " in " + relation;
                assertEquals(SEE_UNIT.getOrDefault(role, Set.of()).contains(relation), RetentionPolicy.maySeeUnit(actor),
                        "see: " + cell);
                assertEquals(RUN.getOrDefault(role, Set.of()).contains(relation), RetentionPolicy.mayRunAndSeeRuns(actor),
                        "run: " + cell);
            }
        }
    }
}
