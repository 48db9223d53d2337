package vn.cong.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import vn.cong.platform.PlatformEntity;

/**
 * Failed sign-ins of one key (an account name or a source address) and its lock, applying a {@link LockoutRule}.
 * Kept in the database so every node of a cluster sees the same count.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle extends PlatformEntity {

    public enum Kind {
        ACCOUNT(LockoutRule.ACCOUNT), ADDRESS(LockoutRule.ADDRESS);

        private final LockoutRule rule;

        Kind(LockoutRule rule) {
            this.rule = rule;
        }

        public LockoutRule rule() {
            return rule;
        }
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "key_kind", nullable = false)
    private Kind kind;

    @Column(name = "key_value", nullable = false)
    private String keyValue;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at")
    private Instant lastFailureAt;

    @Column(name = "lock_level", nullable = false)
    private int lockLevel;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_locked_at")
    private Instant lastLockedAt;

    protected LoginThrottle() {
    }

    public LoginThrottle(Kind kind, String keyValue) {
        this.kind = kind;
        this.keyValue = keyValue;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** A lock that has run out and was not yet cleared (the moment to audit the unlock). */
    public boolean lockExpiredAt(Instant now) {
        return lockedUntil != null && !now.isBefore(lockedUntil);
    }

    public Duration retryAfter(Instant now) {
        return isLockedAt(now) ? Duration.between(now, lockedUntil) : Duration.ZERO;
    }

    /** Counts a failure; true when it locks the key now. */
    public boolean recordFailure(Instant now) {
        LockoutRule rule = kind.rule();
        if (isLockedAt(now)) {
            return false;
        }
        if (rule.failuresExpired(lastFailureAt, now)) {
            failures = 0;
        }
        if (rule.levelForgiven(lastLockedAt, now)) {
            lockLevel = 0;
        }
        failures++;
        lastFailureAt = now;
        if (failures < rule.threshold()) {
            return false;
        }
        lockLevel++;
        lockedUntil = now.plus(rule.lockFor(lockLevel));
        lastLockedAt = now;
        failures = 0;
        return true;
    }

    /** The expired lock is cleared; the level stays so the next lock is longer. */
    public void clearExpiredLock(Instant now) {
        if (lockExpiredAt(now)) {
            lockedUntil = null;
        }
    }

    /** An administrator lifts the lock. */
    public void unlock() {
        lockedUntil = null;
        failures = 0;
    }

    /** A completed sign-in: the person is who they said, everything is forgiven. */
    public void recordSuccess() {
        failures = 0;
        lockLevel = 0;
        lockedUntil = null;
    }

    public Kind getKind() {
        return kind;
    }

    public String getKeyValue() {
        return keyValue;
    }

    public int getFailures() {
        return failures;
    }

    public int getLockLevel() {
        return lockLevel;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
