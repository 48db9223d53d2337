package vn.cong.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cong.platform.PlatformEntity;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitLevel;
import vn.cong.tenancy.UnitPath;

/** Rights are held per unit; a DIC administrator's reach is the subtree granted, nothing implied. */
class AuthorityTest {

    private static final long PROVINCE = 1, DISTRICT = 2, COMMUNE = 3, OTHER_PROVINCE = 9, PERSON = 100;
    private static final Map<Long, UnitPath> PATHS = Map.of(
            PROVINCE, new UnitPath("/1/"), DISTRICT, new UnitPath("/1/2/"), COMMUNE, new UnitPath("/1/2/3/"),
            OTHER_PROVINCE, new UnitPath("/9/"));
    private static final Instant CREATED = Instant.parse("2026-11-20T02:00:00Z");

    @Test
    void aDirectGrantCountsOnlyInItsUnit() {
        List<RoleGrant> grants = List.of(new RoleGrant(PERSON, COMMUNE, Role.EDITOR));
        assertEquals(Set.of(Role.EDITOR), roles(COMMUNE, grants));
        assertEquals(Set.of(), roles(DISTRICT, grants));
        assertEquals(Set.of(), roles(PROVINCE, grants));
    }

    @Test
    void aHeadOfTheProvinceHoldsNothingInItsCommunes() {
        List<RoleGrant> grants = List.of(new RoleGrant(PERSON, PROVINCE, Role.HEAD),
                new RoleGrant(PERSON, PROVINCE, Role.UNIT_ADMIN));
        assertEquals(Set.of(), roles(COMMUNE, grants));
    }

    @Test
    void aDicGrantReachesTheSubtreeItWasGrantedOnAndNoFurther() {
        List<RoleGrant> grants = List.of(new RoleGrant(PERSON, DISTRICT, Role.DIC_ADMIN));
        assertEquals(Set.of(Role.DIC_ADMIN), roles(DISTRICT, grants));
        assertEquals(Set.of(Role.DIC_ADMIN), roles(COMMUNE, grants));
        assertEquals(Set.of(), roles(PROVINCE, grants));
        assertEquals(Set.of(), roles(OTHER_PROVINCE, grants));
    }

    @Test
    void anOperatorGrantHasNoUnitAndCountsEverywhere() {
        List<RoleGrant> grants = List.of(new RoleGrant(PERSON, null, Role.PLATFORM_OPERATOR));
        assertEquals(EnumSet.of(Role.PLATFORM_OPERATOR), roles(OTHER_PROVINCE, grants));
    }

    private static Set<Role> roles(long unitId, List<RoleGrant> grants) {
        return Authority.rolesIn(unit(unitId), grants, id -> Optional.ofNullable(PATHS.get(id)));
    }

    private static Unit unit(long id) {
        Unit unit = new Unit(null, UnitLevel.COMMUNE, "Đơn vị " + id, null, null, "u" + id, "gov-blue", CREATED);
        try {
            Field idField = PlatformEntity.class.getDeclaredField("id");
            idField.setAccessible(true);
            idField.set(unit, id);
            Field path = Unit.class.getDeclaredField("path");
            path.setAccessible(true);
            path.set(unit, PATHS.get(id).value());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return unit;
    }
}
