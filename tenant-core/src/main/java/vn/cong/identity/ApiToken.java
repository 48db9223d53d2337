package vn.cong.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.cong.platform.PlatformEntity;

/** A short-lived API bearer token; only its SHA-256 is stored. Revocable by its owner, ended by deactivation. */
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

    @Column(name = "revoked_at")
    private Instant revokedAt;

    private String address;

    @Column(name = "user_agent")
    private String userAgent;

    protected ApiToken() {
    }

    public ApiToken(String tokenHash, Long accountId, Instant createdAt, Instant expiresAt, String address,
                    String userAgent) {
        this.tokenHash = tokenHash;
        this.accountId = accountId;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.address = address == null || address.length() <= 64 ? address : address.substring(0, 64);
        this.userAgent = userAgent == null || userAgent.length() <= 500 ? userAgent : userAgent.substring(0, 500);
    }

    public Long getAccountId() {
        return accountId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getAddress() {
        return address;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public boolean isValidAt(Instant when) {
        return revokedAt == null && when.isBefore(expiresAt);
    }

    /** Ends the token; false when it was already revoked. */
    boolean revoke(Instant when) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = when;
        return true;
    }
}
