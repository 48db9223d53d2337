package vn.cong.admin.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import vn.cong.admin.shell.BackOffice;
import vn.cong.identity.Account;
import vn.cong.identity.AccountAdministration;
import vn.cong.identity.Authority;
import vn.cong.identity.Credentials;
import vn.cong.identity.LoginGuard;
import vn.cong.platform.DomainException;

/**
 * Tài khoản: the accounts whose home is this unit, for its administrator (or a DIC administrator over it, or the
 * operator): deactivate someone who left, reactivate, lift a sign-in lock, clear a lost second factor.
 */
@Named
@ViewScoped
public class AccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BackOffice backOffice;

    @Inject
    transient AccountAdministration administration;

    @Inject
    transient Authority authority;

    @Inject
    transient LoginGuard guard;

    @Inject
    transient Clock clock;

    private List<AccountRow> rows;

    public record AccountRow(String username, String fullName, String roles, boolean active, Instant deactivatedAt,
                             boolean locked, boolean secondFactor, boolean self) implements Serializable {
    }

    /** View action: 403 for anyone who may not administer this unit's accounts. */
    public void load() {
        if (!backOffice.isMayAdministerAccounts()) {
            BackOffice.fail(403);
        }
    }

    public List<AccountRow> getRows() {
        if (rows == null) {
            Instant now = clock.instant();
            rows = administration.ofUnit(backOffice.account(), backOffice.getUnit()).stream().map(a -> new AccountRow(
                    a.getUsername(), a.getFullName(), roles(a), a.isActive(), a.getDeactivatedAt(),
                    guard.accountThrottle(Credentials.accountKey(a.getUsername()))
                            .map(t -> t.isLockedAt(now)).orElse(false), a.hasSecondFactor(),
                    a.getId().equals(backOffice.actor().accountId()))).toList();
        }
        return rows;
    }

    private String roles(Account account) {
        return authority.actorIn(account, backOffice.getUnit()).roles().stream().sorted()
                .map(r -> r.displayName(backOffice.getLanguage())).collect(Collectors.joining(", "));
    }

    public String deactivate(String username) {
        return act(() -> administration.deactivate(backOffice.account(), username, backOffice.address()));
    }

    public String reactivate(String username) {
        return act(() -> administration.reactivate(backOffice.account(), username, backOffice.address()));
    }

    public String unlock(String username) {
        return act(() -> administration.unlock(backOffice.account(), username, backOffice.address()));
    }

    public String resetSecondFactor(String username) {
        return act(() -> administration.resetSecondFactor(backOffice.account(), username, backOffice.address()));
    }

    private String act(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            backOffice.show(e);
        }
        rows = null;
        return null;
    }

}
