package vn.cong.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cong.platform.DomainException;
import vn.cong.platform.TenantBoundEntityManager;

/**
 * Issues and checks API bearer tokens: 256 random bits, stored hashed, valid for
 * {@code cong.api.token-minutes} unless revoked. Stored in the database so every node of a cluster accepts
 * them — and so revoking one, or deactivating its account, refuses it at once everywhere.
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
    Clock clock;

    @Inject
    SecurityAudit audit;

    @Inject
    @ConfigProperty(name = "cong.api.token-minutes", defaultValue = "30")
    int lifetimeMinutes;

    public IssuedToken issue(Account account, String address, String userAgent) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Instant expires = now.plus(Duration.ofMinutes(lifetimeMinutes));
        em().persist(new ApiToken(sha256(token), account.getId(), now, expires, address, userAgent));
        return new IssuedToken(token, expires);
    }

    public Optional<Account> accountFor(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return em().createQuery("select t from ApiToken t where t.tokenHash = :h", ApiToken.class)
                .setParameter("h", sha256(token)).getResultStream().findFirst()
                .filter(t -> t.isValidAt(clock.instant()))
                .flatMap(t -> accounts.find(t.getAccountId()))
                .filter(Account::isActive);
    }

    /** The account's tokens that still work, the newest first. */
    public List<ApiToken> activeOf(long accountId) {
        return em().createQuery("select t from ApiToken t where t.accountId = :a and t.revokedAt is null"
                + " and t.expiresAt > :now order by t.createdAt desc, t.id desc", ApiToken.class)
                .setParameter("a", accountId).setParameter("now", clock.instant()).getResultList();
    }

    /** Revokes one of the person's own tokens (audited); 404 when it is not theirs. */
    public void revoke(long accountId, long tokenId, String address) {
        ApiToken token = Optional.ofNullable(em().find(ApiToken.class, tokenId))
                .filter(t -> t.getAccountId() == accountId && t.isValidAt(clock.instant()))
                .orElseThrow(() -> new DomainException(404, "session.not-found"));
        token.revoke(clock.instant());
        em().flush();
        accounts.find(accountId).ifPresent(account -> audit.aboutAccount(account, accountId, account.getUsername(),
                address, "TOKEN_REVOKED", "#" + tokenId));
    }

    public int revokeAll(long accountId) {
        int revoked = 0;
        for (ApiToken token : activeOf(accountId)) {
            if (token.revoke(clock.instant())) {
                revoked++;
            }
        }
        return revoked;
    }

    /** Hex SHA-256 of a high-entropy secret (tokens, session keys, recovery codes). */
    static String sha256(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private EntityManager em() {
        return entityManagers.platform();
    }

    public record IssuedToken(String token, Instant expiresAt) {
    }
}
