package vn.cong.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import vn.cong.platform.DomainException;

/**
 * Signing in, the same for the back office and the API: the lockout first (a locked name or address is
 * refused without looking at the password), then the password, then — for accounts that have one — the
 * second factor. Every failure counts towards the lockout; only a completed sign-in resets it.
 * Not transactional itself: the counts ({@link LoginGuard}) must survive the refusal they cause.
 */
@ApplicationScoped
public class SignIn {

    @Inject
    LoginGuard guard;

    @Inject
    Credentials credentials;

    @Inject
    TwoFactor twoFactor;

    @Inject
    Clock clock;

    /** The account whose password this is; 401 otherwise (the same answer when the account does not exist). */
    public Account password(String username, String password, String address) {
        String key = Credentials.accountKey(username);
        refuseIfLocked(key, address);
        Optional<Account> account = credentials.check(username, password);
        if (account.isEmpty()) {
            countFailure(key, address);
            throw new DomainException(401, "auth.invalid");
        }
        return account.get();
    }

    /** Checks the second-factor code (TOTP or recovery code); 401 when wrong. */
    public void secondFactor(Account account, String code, String address) {
        String key = Credentials.accountKey(account.getUsername());
        refuseIfLocked(key, address);
        if (!twoFactor.verify(account.getId(), code, address)) {
            countFailure(key, address);
            throw new DomainException(401, "auth.code.invalid");
        }
    }

    /** The sign-in is complete: the lockout count starts over, and Jakarta Security gets its credential. */
    public VerifiedSignIn completed(Account account) {
        guard.succeeded(Credentials.accountKey(account.getUsername()));
        return new VerifiedSignIn(account.getUsername(), clock.instant());
    }

    private void refuseIfLocked(String key, String address) {
        Optional<Lockout> lockout = once(() -> guard.lockOn(key, address));
        if (lockout.isPresent()) {
            throw lockout.get().refusal();
        }
    }

    private void countFailure(String key, String address) {
        Optional<Lockout> lockout = once(() -> guard.failed(key, address));
        if (lockout.isPresent()) {
            throw lockout.get().refusal();
        }
    }

    /** Two nodes (or two requests) counting the same key at once: one loses the race and counts again. */
    private static <T> T once(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException raceLost) {
            if (raceLost instanceof DomainException) {
                throw raceLost;
            }
            return work.get();
        }
    }
}
