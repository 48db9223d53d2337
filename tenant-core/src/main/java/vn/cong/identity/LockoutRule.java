package vn.cong.identity;

import java.time.Duration;
import java.time.Instant;

/**
 * When repeated failed sign-ins lock a key, and for how long. Two keys are counted for every failure:
 *
 * <ul>
 *   <li><b>the account name</b> (as typed, normalised; also for names that do not exist, so the answer never
 *   tells whether an account exists): {@link #ACCOUNT} — 5 failures lock it;</li>
 *   <li><b>the source address</b> (whatever account it tries): {@link #ADDRESS} — 20 failures lock it. This bounds
 *   what one attacker can do: from one address they can lock at most four accounts before they are locked
 *   themselves, and each of their own locks grows longer.</li>
 * </ul>
 *
 * A lock lasts {@code base × 2^(level−1)}, capped at {@code max}: 1, 2, 4 … 60 minutes, so a locked account is
 * a delay, never a permanent denial an attacker could impose. Failures older than {@code window} are
 * forgotten; the back-off level falls back to zero after {@code forgiveAfter} without a new lock, or at once
 * when the person signs in successfully. While a key is locked, attempts are refused without checking the
 * password, and they neither count nor extend the lock.
 */
public record LockoutRule(int threshold, Duration base, Duration max, Duration window, Duration forgiveAfter) {

    public static final LockoutRule ACCOUNT = new LockoutRule(5, Duration.ofMinutes(1), Duration.ofMinutes(60),
            Duration.ofMinutes(15), Duration.ofHours(24));
    public static final LockoutRule ADDRESS = new LockoutRule(20, Duration.ofMinutes(1), Duration.ofMinutes(60),
            Duration.ofMinutes(15), Duration.ofHours(24));

    /** How long the lock of this level lasts (level 1 is the first lock). */
    public Duration lockFor(int level) {
        if (level <= 0) {
            return Duration.ZERO;
        }
        int doublings = Math.min(level - 1, 30);
        Duration length = base.multipliedBy(1L << doublings);
        return length.compareTo(max) > 0 ? max : length;
    }

    boolean failuresExpired(Instant lastFailure, Instant now) {
        return lastFailure != null && Duration.between(lastFailure, now).compareTo(window) > 0;
    }

    boolean levelForgiven(Instant lastLocked, Instant now) {
        return lastLocked != null && Duration.between(lastLocked, now).compareTo(forgiveAfter) > 0;
    }
}
