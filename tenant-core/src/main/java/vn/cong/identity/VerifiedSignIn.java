package vn.cong.identity;

import jakarta.security.enterprise.credential.Credential;
import java.time.Duration;
import java.time.Instant;

/**
 * The only credential {@link CongIdentityStore} accepts: proof that {@link SignIn} checked the throttle, the
 * password and (when the account has one) the second factor. Made only in this package, and only valid for
 * a few seconds — it is handed straight to Jakarta Security in the same request.
 */
public final class VerifiedSignIn implements Credential {

    static final Duration VALID_FOR = Duration.ofSeconds(30);

    private final String username;
    private final Instant verifiedAt;

    VerifiedSignIn(String username, Instant verifiedAt) {
        this.username = username;
        this.verifiedAt = verifiedAt;
    }

    public String username() {
        return username;
    }

    boolean isFreshAt(Instant now) {
        return !now.isBefore(verifiedAt) && Duration.between(verifiedAt, now).compareTo(VALID_FOR) <= 0;
    }
}
