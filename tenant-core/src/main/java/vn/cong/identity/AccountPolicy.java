package vn.cong.identity;

/**
 * Who may administer the accounts whose home is a unit — list them, deactivate and reactivate them, reset a second
 * factor: the unit's administrator, a DIC administrator over it, the operator. The board does not: a head who could
 * deactivate the secretariat would decide alone what the board decides together. Nobody deactivates themselves
 * ({@link AccountAdministration}). {@code actor} is the caller as an actor in the account's home unit.
 */
public final class AccountPolicy {

    private AccountPolicy() {
    }

    public static boolean mayAdminister(Actor actorInHomeUnit) {
        return actorInHomeUnit != null
                && actorInHomeUnit.holdsAny(Role.UNIT_ADMIN, Role.DIC_ADMIN, Role.PLATFORM_OPERATOR);
    }
}
