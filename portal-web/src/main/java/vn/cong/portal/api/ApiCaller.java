package vn.cong.portal.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import vn.cong.identity.Account;
import vn.cong.identity.Actor;
import vn.cong.identity.Authority;
import vn.cong.platform.DomainException;
import vn.cong.tenancy.Unit;

/**
 * The account behind this API request's bearer token, and the checks every endpoint makes with it:
 * 401 without a valid token, 403 without the role in the unit the request touches.
 */
@RequestScoped
public class ApiCaller {

    @Inject
    Authority authority;

    private Account account;

    void authenticate(Account account) {
        this.account = account;
    }

    public Optional<Account> account() {
        return Optional.ofNullable(account);
    }

    public Account require() {
        if (account == null) {
            throw new DomainException(401, "auth.required");
        }
        return account;
    }

    /**
     * The caller as an actor in {@code unit}, refused at the door (403) when they hold no role there — the back
     * office's own gate ({@link Actor#isMember}); what they may do inside, each service asks its policy.
     */
    public Actor actorIn(Unit unit) {
        Actor actor = authority.actorIn(require(), unit);
        if (!actor.isMember()) {
            throw new DomainException(403, "auth.forbidden");
        }
        return actor;
    }
}
