package vn.cong.interaction.survey;

import static vn.cong.identity.Role.DEPUTY_HEAD;
import static vn.cong.identity.Role.HEAD;
import static vn.cong.identity.Role.SECRETARIAT;

import vn.cong.identity.Actor;

/**
 * Who may do what with a unit's surveys — every rule in one place. The actor's roles are those held in the survey's
 * own unit (another unit's surveys are never found).
 * <ul>
 *   <li>build: see the unit's surveys in the back office and the API, create them (from a template too), shape their
 *       questions while nobody has answered, change their days — the secretariat, the head and deputy heads (the
 *       board speaks for the unit, REQUIREMENTS §2);</li>
 *   <li>read the free-text answers: the same people — they may hold what a person wrote about an official by name,
 *       so they are never published and not shown to the rest of the board;</li>
 *   <li>the statistics (counts per option, means of scales, the number of answers) are public once a survey has
 *       opened: everyone sees them, signed in or not — no rule of a person's.</li>
 * </ul>
 */
public final class SurveyPolicy {

    private SurveyPolicy() {
    }

    public static boolean mayBuild(Actor actor) {
        return actor != null && actor.holdsAny(SECRETARIAT, HEAD, DEPUTY_HEAD);
    }

    public static boolean mayReadFreeText(Actor actor) {
        return actor != null && actor.holdsAny(SECRETARIAT, HEAD, DEPUTY_HEAD);
    }
}
