package vn.cong.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import vn.cong.platform.PlatformEntity;

/**
 * One back-office session in the registry. The browser's session carries a random key whose SHA-256 is
 * {@code keyHash}; the session is alive while {@code endedAt} is null. Ending it here ends it on every node.
 */
@Entity
@Table(name = "login_session")
public class LoginSession extends PlatformEntity {

    /** Why a session ended (shown on the sessions page and in the audit log). */
    public enum EndReason { LOGOUT, EXPIRED, REVOKED, DEACTIVATED, PASSWORD_CHANGED }

    /** "Last seen" is written at most this often, so the registry does not write on every click. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "key_hash", nullable = false)
    private String keyHash;

    @Column(name = "user_agent")
    private String userAgent;

    private String address;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "end_reason")
    private String endReason;

    protected LoginSession() {
    }

    LoginSession(Long accountId, Long unitId, String keyHash, String userAgent, String address, Instant now) {
        this.accountId = accountId;
        this.unitId = unitId;
        this.keyHash = keyHash;
        this.userAgent = truncate(userAgent, 500);
        this.address = truncate(address, 64);
        this.startedAt = now;
        this.lastSeenAt = now;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public boolean isAlive() {
        return endedAt == null;
    }

    /** Records activity; true when it was worth writing. */
    boolean touch(Instant now) {
        if (Duration.between(lastSeenAt, now).compareTo(TOUCH_EVERY) < 0) {
            return false;
        }
        lastSeenAt = now;
        return true;
    }

    /** Ends the session; false when it had already ended (the first reason stays). */
    boolean end(Instant now, EndReason reason) {
        if (!isAlive()) {
            return false;
        }
        endedAt = now;
        endReason = reason.name();
        return true;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Long getUnitId() {
        return unitId;
    }

    String getKeyHash() {
        return keyHash;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public String getAddress() {
        return address;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getLastSeenAt() {
        return lastSeenAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getEndReason() {
        return endReason;
    }
}
