package vn.cong.royalty;

import static vn.cong.identity.Role.DEPUTY_HEAD;
import static vn.cong.identity.Role.DIC_ADMIN;
import static vn.cong.identity.Role.HEAD;
import static vn.cong.identity.Role.SECRETARIAT;

import java.util.EnumSet;
import java.util.Set;
import vn.cong.identity.Actor;

/**
 * Who may do what with royalties — every rule in one place (BNV Art. 4.3đ, 4.6h, 4.6l; MIC Art. 16). The actor's
 * roles are those held in the sheet's own unit.
 * <ul>
 *   <li>read the rates, sheets and their XLSX: the secretariat, the head and deputy heads; a DIC administrator whose
 *       subtree covers the unit, read-only;</li>
 *   <li>set coefficients and the base value: the head or a deputy head (the board decides, BNV Art. 4.3đ);</li>
 *   <li>settle who contributed to an item, write adjustment lines, submit the month: the secretariat (BNV Art. 4.6l);</li>
 *   <li>approve or send back a submitted sheet: the head — never the person who submitted it.</li>
 * </ul>
 */
public final class RoyaltyPolicy {

    private RoyaltyPolicy() {
    }

    public static boolean canRead(Actor actor) {
        return actor != null && actor.holdsAny(SECRETARIAT, HEAD, DEPUTY_HEAD, DIC_ADMIN);
    }

    public static boolean canSetRates(Actor actor) {
        return actor != null && actor.holdsAny(HEAD, DEPUTY_HEAD);
    }

    public static boolean canSettleContributions(Actor actor) {
        return actor != null && actor.holds(SECRETARIAT);
    }

    public static boolean canAdjust(Actor actor) {
        return actor != null && actor.holds(SECRETARIAT);
    }

    public static boolean can(Actor actor, SheetAction action, RoyaltySheet sheet) {
        if (actor == null || sheet.getTenantId() != null && sheet.getTenantId() != actor.unitId()) {
            return false;
        }
        return switch (action) {
            case SUBMIT -> actor.holds(SECRETARIAT);
            case APPROVE -> actor.holds(HEAD) && !sheet.isSubmittedBy(actor.accountId());
            case RETURN -> actor.holds(HEAD);
        };
    }

    /** What {@code actor} may do to {@code sheet} now: legal from its state and allowed here. */
    public static Set<SheetAction> available(Actor actor, RoyaltySheet sheet) {
        Set<SheetAction> actions = EnumSet.noneOf(SheetAction.class);
        for (SheetAction action : SheetAction.values()) {
            if (RoyaltySheet.next(sheet.getState(), action).isPresent() && can(actor, action, sheet)) {
                actions.add(action);
            }
        }
        return actions;
    }
}
