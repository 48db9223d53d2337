package vn.cong.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitLevel;

/**
 * Role × unit relation × (a unit's figures, a province's subtree, a ministry's subtree), written out independently of
 * {@link FiguresPolicy}: the one rule behind publication reports and compliance dashboards.
 */
class FiguresPolicyTest {

    private static final Set<Relation> ANYWHERE = EnumSet.allOf(Relation.class);

    private static Map<Role, Set<Relation>> unitFigures() {
        Map<Role, Set<Relation>> matrix = new java.util.EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            matrix.put(role, EnumSet.of(OWN_UNIT)); // any role in the unit itself
        }
        matrix.put(Role.DIC_ADMIN, EnumSet.of(OWN_UNIT, UNIT_BELOW));
        matrix.put(Role.PLATFORM_OPERATOR, ANYWHERE);
        return matrix;
    }

    private static final Map<Role, Set<Relation>> PROVINCE_SUBTREE = Map.of(
            Role.DIC_ADMIN, EnumSet.of(OWN_UNIT, UNIT_BELOW), Role.PLATFORM_OPERATOR, ANYWHERE);

    private static final Map<Role, Set<Relation>> MINISTRY_SUBTREE = Map.of(
            Role.DIC_ADMIN, EnumSet.of(OWN_UNIT, UNIT_BELOW), Role.PLATFORM_OPERATOR, ANYWHERE,
            Role.HEAD, EnumSet.of(OWN_UNIT), Role.SECRETARIAT, EnumSet.of(OWN_UNIT), Role.UNIT_ADMIN, EnumSet.of(OWN_UNIT));

    @Test
    void eachRoleSeesExactlyTheFiguresOfTheMatrix() {
        Map<Role, Set<Relation>> unitFigures = unitFigures();
        for (Role role : Role.values()) {
            for (Relation relation : Relation.values()) {
                String cell = role + " in " + relation;
                Unit province = ActorsByRelation.unit(relation, UnitLevel.PROVINCE);
                Actor inProvince = ActorsByRelation.actor(role, province);
                assertEquals(unitFigures.get(role).contains(relation), FiguresPolicy.maySeeUnit(inProvince),
                        "unit: " + cell);
                assertEquals(PROVINCE_SUBTREE.getOrDefault(role, Set.of()).contains(relation),
                        FiguresPolicy.maySeeSubtree(inProvince, province), "province subtree: " + cell);
                Unit ministry = ActorsByRelation.unit(relation, UnitLevel.MINISTRY);
                assertEquals(MINISTRY_SUBTREE.getOrDefault(role, Set.of()).contains(relation),
                        FiguresPolicy.maySeeSubtree(ActorsByRelation.actor(role, ministry), ministry),
                        "ministry subtree: " + cell);
            }
        }
    }
}
