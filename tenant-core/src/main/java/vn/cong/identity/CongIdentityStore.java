package vn.cong.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.time.Clock;
import java.util.Set;

/**
 * Establishes identity for Jakarta Security. It accepts only a {@link VerifiedSignIn} — so no sign-in can skip
 * the lockout and the second factor, whatever mechanism calls it; a plain username and password is refused.
 * The container group is always {@code user}; what the person may do is decided per unit by {@link Authority}.
 */
@ApplicationScoped
public class CongIdentityStore implements IdentityStore {

    public static final String AUTHENTICATED = "user";

    @Inject
    AccountRepository accounts;

    @Inject
    Clock clock;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof VerifiedSignIn signIn && signIn.isFreshAt(clock.instant())
                && accounts.byUsername(signIn.username()).filter(Account::isActive).isPresent()) {
            return new CredentialValidationResult(signIn.username(), Set.of(AUTHENTICATED));
        }
        return CredentialValidationResult.INVALID_RESULT;
    }
}
