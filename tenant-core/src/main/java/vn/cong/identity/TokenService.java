package vn.cong.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cong.platform.TenantBoundEntityManager;

/**
 * Issues and checks API bearer tokens: 256 random bits, stored hashed, valid for
 * {@code cong.api.token-minutes}. Stored in the database so every node of a cluster accepts them.
 */
@ApplicationScoped
@Transactional
public class TokenService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    AccountRepository accounts;

    @Inject
    @ConfigProperty(name = "cong.api.token-minutes", defaultValue = "30")
    int lifetimeMinutes;

    public IssuedToken issue(Account account) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expires = Instant.now().plus(Duration.ofMinutes(lifetimeMinutes));
        entityManagers.platform().persist(new ApiToken(sha256(token), account.getId(), expires));
        return new IssuedToken(token, expires);
    }

    public Optional<Account> accountFor(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return entityManagers.platform()
                .createQuery("select t from ApiToken t where t.tokenHash = :h", ApiToken.class)
                .setParameter("h", sha256(token)).getResultStream().findFirst()
                .filter(t -> t.isValidAt(Instant.now()))
                .flatMap(t -> accounts.find(t.getAccountId()))
                .filter(Account::isActive);
    }

    static String sha256(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public record IssuedToken(String token, Instant expiresAt) {
    }
}
