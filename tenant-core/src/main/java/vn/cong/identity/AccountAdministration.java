package vn.cong.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import vn.cong.platform.DomainException;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitRepository;

/**
 * What is done to accounts after they exist: deactivation of someone who left (their sessions and tokens end at
 * once, their history stays) and reactivation, lifting a lock, clearing a lost second factor — by the unit
 * administrator of the account's home unit, a DIC administrator over it, or the operator — and a person
 * changing their own password. Every one of them is audited in the home unit's log.
 */
@ApplicationScoped
@Transactional
public class AccountAdministration {

    @Inject
    AccountRepository accounts;

    @Inject
    Authority authority;

    @Inject
    UnitRepository units;

    @Inject
    SessionRegistry sessions;

    @Inject
    TokenService tokens;

    @Inject
    LoginGuard guard;

    @Inject
    TwoFactor twoFactor;

    @Inject
    PasswordService passwords;

    @Inject
    SecurityAudit audit;

    @Inject
    Clock clock;

    /** The accounts whose home is {@code unit}, for someone who may administer them. */
    public List<Account> ofUnit(Account caller, Unit unit) {
        if (!AccountPolicy.mayAdminister(authority.actorIn(caller, unit))) {
            throw new DomainException(403, "auth.forbidden");
        }
        return accounts.ofHomeUnit(unit.getId());
    }

    public Account deactivate(Account caller, String username, String address) {
        Account target = administered(caller, username);
        if (target.getId().equals(caller.getId())) {
            throw new DomainException(422, "account.self");
        }
        if (target.isActive()) {
            target.deactivate(clock.instant(), caller.getId());
            int ended = sessions.endAll(target.getId(), LoginSession.EndReason.DEACTIVATED, null);
            int revoked = tokens.revokeAll(target.getId());
            audit.aboutAccount(target, caller.getId(), caller.getUsername(), address, "ACCOUNT_DEACTIVATED",
                    ended + " phiên, " + revoked + " mã API / sessions, API tokens ended");
        }
        return target;
    }

    public Account reactivate(Account caller, String username, String address) {
        Account target = administered(caller, username);
        if (!target.isActive()) {
            target.reactivate();
            audit.aboutAccount(target, caller.getId(), caller.getUsername(), address, "ACCOUNT_REACTIVATED", null);
        }
        return target;
    }

    public boolean unlock(Account caller, String username, String address) {
        Account target = administered(caller, username);
        return guard.unlock(Credentials.accountKey(target.getUsername()), caller.getId(), caller.getUsername(), address);
    }

    /** Clears a lost second factor: the person's sessions end and they enrol again at their next sign-in. */
    public Account resetSecondFactor(Account caller, String username, String address) {
        Account target = administered(caller, username);
        twoFactor.reset(target);
        sessions.endAll(target.getId(), LoginSession.EndReason.REVOKED, null);
        audit.aboutAccount(target, caller.getId(), caller.getUsername(), address, "TWO_FACTOR_RESET", null);
        return target;
    }

    /**
     * A person changes their own password: the current one first, the new one under {@link PasswordPolicy};
     * their other sessions and their API tokens end.
     */
    public void changePassword(long accountId, String current, String replacement, String keepSessionKey,
                               String address) {
        Account account = accounts.find(accountId).orElseThrow(() -> new DomainException(404, "account.not-found", accountId));
        if (!passwords.matches(current, account.getPasswordHash())) {
            throw new DomainException(422, "password.current.wrong");
        }
        account.replacePasswordHash(passwords.hash(account.getUsername(), replacement), clock.instant(), true);
        sessions.endAll(accountId, LoginSession.EndReason.PASSWORD_CHANGED, keepSessionKey);
        tokens.revokeAll(accountId);
        audit.aboutAccount(account, accountId, account.getUsername(), address, "PASSWORD_CHANGED", null);
    }

    private Account administered(Account caller, String username) {
        Account target = accounts.byUsername(Credentials.accountKey(username))
                .orElseThrow(() -> new DomainException(404, "account.not-found.name", username));
        Unit home = units.find(target.getHomeUnitId()).orElseThrow();
        if (!caller.isActive() || !AccountPolicy.mayAdminister(authority.actorIn(caller, home))) {
            throw new DomainException(403, "auth.forbidden");
        }
        return target;
    }
}
