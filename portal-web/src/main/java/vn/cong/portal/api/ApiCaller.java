package vn.cong.portal.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import vn.cong.identity.Account;
import vn.cong.identity.Actor;
import vn.cong.identity.Authority;
import vn.cong.identity.Role;
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

    /** 403 unless the caller is a platform operator. */
    public void requireOperator() {
        if (!authority.isOperator(require())) {
            throw new DomainException(403, "auth.forbidden");
        }
    }

    /** The caller as an actor in {@code unit}: 403 when they hold none of {@code roles} there (any role when empty). */
    public Actor actorIn(Unit unit, Role... roles) {
        Actor actor = authority.actorIn(require(), unit);
        boolean allowed = roles.length == 0 ? actor.isMember() || actor.holdsAny(Role.DIC_ADMIN, Role.PLATFORM_OPERATOR)
                : actor.holdsAny(roles);
        if (!allowed) {
            throw new DomainException(403, "auth.forbidden");
        }
        return actor;
    }
}
