package vn.cong.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * The password check shared by the back-office sign-in and the API token endpoint (through {@link SignIn}).
 * A hash made with older parameters is replaced by one with today's while the password is at hand.
 */
@ApplicationScoped
@Transactional
public class Credentials {

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordService passwords;

    @Inject
    Clock clock;

    /** Account names are compared as typed without surrounding spaces, in lower case. */
    public static String accountKey(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    public Optional<Account> check(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        Optional<Account> account = accounts.byUsername(accountKey(username))
                .filter(Account::isActive)
                .filter(a -> passwords.matches(password, a.getPasswordHash()));
        account.filter(a -> PasswordService.needsRehash(a.getPasswordHash()))
                .ifPresent(a -> a.replacePasswordHash(passwords.rehash(password), clock.instant(), false));
        return account;
    }
}
