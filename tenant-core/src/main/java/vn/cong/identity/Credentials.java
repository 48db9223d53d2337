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

    /**
     * Account names are compared as typed without surrounding spaces, in lower case. A name longer than any account
     * may have names none: its key is empty, so a failed attempt with it is counted against the address alone.
     */
    public static String accountKey(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return key.length() > Account.MAX_USERNAME ? "" : key;
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
