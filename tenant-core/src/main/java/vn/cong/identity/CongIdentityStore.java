package vn.cong.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * Checks username and password for Jakarta Security. It establishes identity only: the container group is
 * always {@code user}; what the person may do is decided per unit by {@link Authority}.
 */
@ApplicationScoped
public class CongIdentityStore implements IdentityStore {

    public static final String AUTHENTICATED = "user";

    @Inject
    Credentials credentials;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof UsernamePasswordCredential login) {
            return credentials.check(login.getCaller(), login.getPasswordAsString())
                    .map(account -> new CredentialValidationResult(account.getUsername(), Set.of(AUTHENTICATED)))
                    .orElse(CredentialValidationResult.INVALID_RESULT);
        }
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
}
