package vn.cong.interaction;

import static vn.cong.identity.Role.DEPUTY_HEAD;
import static vn.cong.identity.Role.HEAD;
import static vn.cong.identity.Role.QA_RESPONDER;
import static vn.cong.identity.Role.SECRETARIAT;

import vn.cong.identity.Actor;

/**
 * Who may do what with citizens' questions — every rule in one place. The actor's roles are those held in the
 * question's own unit (questions are the unit's: another unit's are never found).
 * <ul>
 *   <li>see the Q&amp;A desk (the queue by due date, the questions with the asker's data masked): the secretariat, the
 *       head and deputy heads — every question of the unit —, and whoever holds the Q&amp;A responder role — the
 *       questions routed to them;</li>
 *   <li>route, transfer to the competent unit, merge a duplicate, publish answers: the secretariat, the head and
 *       deputy heads (ND Art. 9.3: the board receives, sorts and sends on);</li>
 *   <li>answer: the head, or a person the head authorised — the Q&amp;A responder (ND Art. 9.4);</li>
 *   <li>drop an abusive question with its reason: the head or a deputy head (ND Art. 22.6: a decision, not a
 *       clerk's);</li>
 *   <li>open the asker's identity data unmasked (each opening audited): the head and the Q&amp;A responder, who may
 *       need to call the asker back.</li>
 * </ul>
 */
public final class QuestionPolicy {

    private QuestionPolicy() {
    }

    public static boolean maySeeDesk(Actor actor) {
        return actor != null && actor.holdsAny(SECRETARIAT, HEAD, DEPUTY_HEAD, QA_RESPONDER);
    }

    /** Sees every question of the desk; a responder who is none of these sees those routed to them. */
    public static boolean sortsQuestions(Actor actor) {
        return actor != null && actor.holdsAny(SECRETARIAT, HEAD, DEPUTY_HEAD);
    }

    public static boolean can(Actor actor, QuestionAction action) {
        if (actor == null) {
            return false;
        }
        return switch (action) {
            case ROUTE, TRANSFER, MERGE, PUBLISH -> actor.holdsAny(SECRETARIAT, HEAD, DEPUTY_HEAD);
            case ANSWER -> actor.holdsAny(HEAD, QA_RESPONDER);
            case DROP -> actor.holdsAny(HEAD, DEPUTY_HEAD);
        };
    }

    public static boolean mayOpenIdentity(Actor actor) {
        return actor != null && actor.holdsAny(HEAD, QA_RESPONDER);
    }
}
