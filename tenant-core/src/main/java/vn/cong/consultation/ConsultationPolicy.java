package vn.cong.consultation;

import static vn.cong.identity.Role.DEPUTY_HEAD;
import static vn.cong.identity.Role.HEAD;
import static vn.cong.identity.Role.SECRETARIAT;

import vn.cong.identity.Actor;

/**
 * Who may do what with the unit's consultations on drafts — every rule in one place; the roles are those held in the
 * consultation's own unit (another unit's consultations are never found):
 * <ul>
 *   <li>set a consultation's terms (period, receiving unit, moderation), moderate its comments, read the comments
 *       waiting, hidden or rejected, and write the synthesis — each comment accepted, rejected or explained: the
 *       secretariat, the head and deputy heads (the board's standing work, MIC Art. 13.5c);</li>
 *   <li>publish the synthesis as the outcome: the head and deputy heads (the board's conclusion).</li>
 * </ul>
 * Citizens comment and report without an account; their forms are guarded at the boundary.
 */
public final class ConsultationPolicy {

    private ConsultationPolicy() {
    }

    public static boolean mayManage(Actor actor) {
        return actor != null && actor.holdsAny(SECRETARIAT, HEAD, DEPUTY_HEAD);
    }

    public static boolean mayPublishOutcome(Actor actor) {
        return actor != null && actor.holdsAny(HEAD, DEPUTY_HEAD);
    }
}
