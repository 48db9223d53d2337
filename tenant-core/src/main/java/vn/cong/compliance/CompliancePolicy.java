package vn.cong.compliance;

import vn.cong.identity.Actor;
import vn.cong.identity.Role;

/**
 * Who may report what about compliance: registering or linking an obligation — the unit's secretariat, focal
 * officers, head and deputies, its administrator, a DIC administrator over it, the operator; evaluating every unit
 * of the platform at once (recurrence periods, statuses, alerts) — the operator only. Who may <em>see</em>
 * obligations and dashboards is the rule of every figure, {@link vn.cong.reporting.FiguresPolicy}.
 */
public final class CompliancePolicy {

    private CompliancePolicy() {
    }

    public static boolean mayRegister(Actor actor) {
        return actor != null && actor.holdsAny(Role.SECRETARIAT, Role.FOCAL_OFFICER, Role.HEAD, Role.DEPUTY_HEAD,
                Role.UNIT_ADMIN, Role.DIC_ADMIN, Role.PLATFORM_OPERATOR);
    }

    /** {@code operator}: the caller holds the platform-wide operator grant. */
    public static boolean mayEvaluateEverywhere(boolean operator) {
        return operator;
    }
}
