package vn.cong.retention;

import vn.cong.identity.Actor;
import vn.cong.identity.Role;

/**
 * Who may do what with retention (REQUIREMENTS §4, MIC Art. 15.2), every rule in one place:
 * <ul>
 *   <li>see what the next run will archive in a unit, and what runs archived there: the unit's administrator,
 *       head and secretariat, a DIC administrator over the unit, the operator — those who answer for what the
 *       portal keeps public;</li>
 *   <li>start a run over every unit, and read the platform's log of runs: the operator only (a run touches every
 *       unit of the country).</li>
 * </ul>
 * {@code actor} is the caller as an actor in the unit concerned.
 */
public final class RetentionPolicy {

    private RetentionPolicy() {
    }

    public static boolean maySeeUnit(Actor actor) {
        return actor != null
                && actor.holdsAny(Role.UNIT_ADMIN, Role.HEAD, Role.SECRETARIAT, Role.DIC_ADMIN, Role.PLATFORM_OPERATOR);
    }

    /** {@code operator}: the caller holds the platform-wide operator grant (a run concerns no one unit). */
    public static boolean mayRunAndSeeRuns(boolean operator) {
        return operator;
    }
}
