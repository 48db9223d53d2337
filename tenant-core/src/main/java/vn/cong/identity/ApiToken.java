package vn.cong.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.cong.platform.PlatformEntity;

/** A short-lived API bearer token; only its SHA-256 is stored. */
@Entity
@Table(name = "api_token")
public class ApiToken extends PlatformEntity {

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ApiToken() {
    }

    public ApiToken(String tokenHash, Long accountId, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.accountId = accountId;
        this.expiresAt = expiresAt;
        this.createdAt = Instant.now();
    }

    public Long getAccountId() {
        return accountId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public boolean isValidAt(Instant when) {
        return when.isBefore(expiresAt);
    }
}
