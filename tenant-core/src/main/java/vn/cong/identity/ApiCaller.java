package vn.cong.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import vn.cong.platform.DomainException;
import vn.cong.tenancy.Unit;

/**
 * The account behind this API request's bearer token (set by the API's authentication filter, before any
 * resource runs), and the checks every endpoint makes with it: 401 without a valid token, 403 at the door of a
 * unit the caller holds no role in. Here rather than in the web module so that every module's REST resources
 * (provisioning's among them) share the one authentication.
 */
@RequestScoped
public class ApiCaller {

    @Inject
    Authority authority;

    private Account account;

    /** For the authentication filter only. */
    public void authenticate(Account account) {
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
