package vn.cong.identity;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cong.platform.SchemaReady;
import vn.cong.platform.TenantBoundEntityManager;

/**
 * The one-time step that gives a new platform its first operator, with no password anyone knows in advance.
 * <p>
 * A platform started without the demo has no account at all. Started once with
 * {@code CONG_SETUP_FIRST_OPERATOR=<username>} (MicroProfile Config {@code cong.setup.first-operator}) while no
 * operator exists, it creates that operator with a generated password and an enrolled second factor, and prints
 * both once in the server log — for the person who started it, like any installer's initial secret. The operator
 * then opens the first units through the API on the platform host and changes the password at the first sign-in.
 * Once an operator exists the setting does nothing, so leaving it set is harmless.
 */
@ApplicationScoped
public class FirstOperator {

    private static final Logger LOG = Logger.getLogger(FirstOperator.class.getName());

    /** What the person who started the platform needs once: the password and the authenticator secret. */
    public record Created(String username, String password, String totpSecret) {
    }

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordService passwords;

    @Inject
    TwoFactor twoFactor;

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "cong.setup.first-operator", defaultValue = " ")
    String requestedUsername;

    /** After the demo (which brings its own operator) has had its turn; one transaction for the check and the work. */
    @ActivateRequestContext
    @Transactional
    void onSchemaReady(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) SchemaReady ready) {
        String username = Credentials.accountKey(requestedUsername);
        if (username.isEmpty()) {
            if (!hasOperator()) {
                LOG.warning("CONG: this platform has no operator yet. Start it once with"
                        + " CONG_SETUP_FIRST_OPERATOR=<username> to create the first one (README, \"First operator\").");
            }
            return;
        }
        createIfNone(username).ifPresent(created -> LOG.warning("CONG: first platform operator created — username "
                + created.username() + ", password " + created.password() + ", authenticator secret (TOTP) "
                + created.totpSecret() + " — " + Totp.otpauthUri("Cổng", created.username(), created.totpSecret())
                + ". Shown only this once: add the secret to an authenticator app and change the password at the first"
                + " sign-in."));
    }

    private boolean hasOperator() {
        return accounts.anyOperator();
    }

    /** Creates the operator when the platform has none; empty when one exists or the name is taken. */
    @Transactional
    public Optional<Created> createIfNone(String username) {
        if (accounts.anyOperator()) {
            return Optional.empty();
        }
        if (accounts.usernameTaken(username)) {
            LOG.severe("CONG: no first operator created: the username " + username + " belongs to another account");
            return Optional.empty();
        }
        String password = PasswordService.generated();
        Account operator = accounts.add(new Account(null, username, "Vận hành nền tảng", null,
                passwords.hash(username, password), clock.instant()));
        entityManagers.platform().flush();
        accounts.grant(operator, null, Role.PLATFORM_OPERATOR);
        String secret = Totp.newSecret();
        twoFactor.enrolKnownSecret(operator, secret);
        return Optional.of(new Created(username, password, secret));
    }
}
