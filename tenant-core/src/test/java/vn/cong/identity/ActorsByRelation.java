package vn.cong.identity;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cong.platform.PlatformEntity;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitLevel;
import vn.cong.tenancy.UnitPath;

/**
 * The actors of the permission matrices: someone holding one role, granted on a unit, acting in that unit, in a unit
 * below it, or in a foreign unit — built by {@link Authority}'s own rule, so that a policy's matrix test covers
 * role × unit relation exactly as production decides it.
 */
public final class ActorsByRelation {

    /** Where the actor acts, seen from the unit the role was granted on. */
    public enum Relation { OWN_UNIT, UNIT_BELOW, FOREIGN_UNIT }

    private static final long GRANTED = 1, BELOW = 2, FOREIGN = 9, PERSON = 100;
    private static final Map<Long, UnitPath> PATHS = Map.of(GRANTED, new UnitPath("/1/"), BELOW, new UnitPath("/1/2/"),
            FOREIGN, new UnitPath("/9/"));

    private ActorsByRelation() {
    }

    /** The unit the actor acts in, of {@code level} (the granted unit has that level too). */
    public static Unit unit(Relation relation, UnitLevel level) {
        long id = switch (relation) {
            case OWN_UNIT -> GRANTED;
            case UNIT_BELOW -> BELOW;
            case FOREIGN_UNIT -> FOREIGN;
        };
        Unit unit = new Unit(null, level, "Đơn vị " + id, null, null, "u" + id, "gov-blue",
                java.time.Instant.parse("2026-01-05T02:00:00Z"));
        set(PlatformEntity.class, unit, "id", id);
        set(Unit.class, unit, "path", PATHS.get(id).value());
        return unit;
    }

    /** Someone holding {@code role} (on the granted unit; the operator's grant has no unit) acting in {@code unit}. */
    public static Actor actor(Role role, Unit unit) {
        RoleGrant grant = new RoleGrant(PERSON, role == Role.PLATFORM_OPERATOR ? null : GRANTED, role);
        return new Actor(PERSON, "nguoi.thu", "Người thử", unit.getId(),
                Authority.rolesIn(unit, List.of(grant), id -> Optional.ofNullable(PATHS.get(id))));
    }

    private static void set(Class<?> type, Object target, String name, Object value) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
