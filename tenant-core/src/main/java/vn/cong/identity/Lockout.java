package vn.cong.identity;

import java.time.Duration;
import vn.cong.platform.DomainException;

/** A refused sign-in because a key is locked: which key, and for how long still. */
public record Lockout(LoginThrottle.Kind kind, Duration retryAfter) {

    /** Whole seconds to wait, at least one (the {@code Retry-After} header). */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    public long retryAfterMinutes() {
        return (retryAfterSeconds() + 59) / 60;
    }

    /**
     * 423 when the account name is locked, 429 when the source address is: the same words for an account that
     * exists and one that does not.
     */
    public Refused refusal() {
        return kind == LoginThrottle.Kind.ACCOUNT
                ? new Refused(423, "auth.locked", this)
                : new Refused(429, "auth.throttled", this);
    }

    /** The refusal as a {@link DomainException} that also carries the wait. */
    public static final class Refused extends DomainException {

        private static final long serialVersionUID = 1L;
        private final transient Lockout lockout;

        Refused(int status, String key, Lockout lockout) {
            super(status, key, lockout.retryAfterMinutes());
            this.lockout = lockout;
        }

        public long retryAfterSeconds() {
            return lockout.retryAfterSeconds();
        }
    }
}
