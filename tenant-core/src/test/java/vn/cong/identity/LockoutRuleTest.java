package vn.cong.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LockoutRuleTest {

    private static final Instant T0 = Instant.parse("2026-11-20T02:00:00Z");

    private static LoginThrottle failTimes(LoginThrottle throttle, int times, Instant at) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(at.plusSeconds(i));
        }
        return throttle;
    }

    @Test
    void theFifthFailureOfAnAccountLocksItForOneMinute() {
        LoginThrottle account = failTimes(new LoginThrottle(LoginThrottle.Kind.ACCOUNT, "bientap.daotru"), 4, T0);
        assertFalse(account.isLockedAt(T0.plusSeconds(4)));
        assertTrue(account.recordFailure(T0.plusSeconds(4)), "the fifth failure locks");
        assertTrue(account.isLockedAt(T0.plusSeconds(30)));
        assertEquals(Duration.ofSeconds(56), account.retryAfter(T0.plusSeconds(8)));
        assertFalse(account.isLockedAt(T0.plusSeconds(64)), "one minute later it is open again");
    }

    @Test
    void eachNewLockLastsTwiceAsLongUpToAnHour() {
        LockoutRule rule = LockoutRule.ACCOUNT;
        assertEquals(Duration.ofMinutes(1), rule.lockFor(1));
        assertEquals(Duration.ofMinutes(2), rule.lockFor(2));
        assertEquals(Duration.ofMinutes(4), rule.lockFor(3));
        assertEquals(Duration.ofMinutes(32), rule.lockFor(6));
        assertEquals(Duration.ofMinutes(60), rule.lockFor(7));
        assertEquals(Duration.ofMinutes(60), rule.lockFor(500), "no overflow, never permanent");

        LoginThrottle account = failTimes(new LoginThrottle(LoginThrottle.Kind.ACCOUNT, "a"), 5, T0);
        Instant afterFirst = T0.plus(Duration.ofMinutes(2));
        failTimes(account, 5, afterFirst);
        assertEquals(2, account.getLockLevel());
        assertEquals(afterFirst.plusSeconds(4).plus(Duration.ofMinutes(2)), account.getLockedUntil());
    }

    @Test
    void attemptsDuringALockNeitherCountNorExtendIt() {
        LoginThrottle account = failTimes(new LoginThrottle(LoginThrottle.Kind.ACCOUNT, "a"), 5, T0);
        Instant until = account.getLockedUntil();
        failTimes(account, 50, T0.plusSeconds(10));
        assertEquals(until, account.getLockedUntil());
        assertEquals(1, account.getLockLevel());
        assertEquals(0, account.getFailures());
    }

    @Test
    void oldFailuresAreForgottenAfterTheWindow() {
        LoginThrottle account = failTimes(new LoginThrottle(LoginThrottle.Kind.ACCOUNT, "a"), 4, T0);
        assertFalse(account.recordFailure(T0.plus(Duration.ofMinutes(20))), "4 old + 1 new is not 5");
        assertEquals(1, account.getFailures());
    }

    @Test
    void theBackOffLevelIsForgivenADayAfterTheLastLock() {
        LoginThrottle account = failTimes(new LoginThrottle(LoginThrottle.Kind.ACCOUNT, "a"), 5, T0);
        failTimes(account, 5, T0.plus(Duration.ofHours(25)));
        assertEquals(1, account.getLockLevel());
    }

    @Test
    void aCompletedSignInForgivesEverything() {
        LoginThrottle account = failTimes(new LoginThrottle(LoginThrottle.Kind.ACCOUNT, "a"), 5, T0);
        account.recordSuccess();
        assertFalse(account.isLockedAt(T0.plusSeconds(5)));
        assertEquals(0, account.getLockLevel());
    }

    @Test
    void anAddressNeedsTwentyFailuresSoOneAttackerLocksAtMostFourAccountsFirst() {
        LoginThrottle address = new LoginThrottle(LoginThrottle.Kind.ADDRESS, "203.0.113.9");
        int accountsLocked = 0;
        for (int attempt = 1; attempt <= 20 && !address.isLockedAt(T0.plusSeconds(attempt)); attempt++) {
            address.recordFailure(T0.plusSeconds(attempt));
            if (attempt % LockoutRule.ACCOUNT.threshold() == 0) {
                accountsLocked++;
            }
        }
        assertTrue(address.isLockedAt(T0.plusSeconds(21)));
        assertEquals(4, accountsLocked);
    }

    @Test
    void anExpiredLockIsClearedButItsLevelStays() {
        LoginThrottle account = failTimes(new LoginThrottle(LoginThrottle.Kind.ACCOUNT, "a"), 5, T0);
        Instant later = T0.plus(Duration.ofMinutes(5));
        assertTrue(account.lockExpiredAt(later));
        account.clearExpiredLock(later);
        assertFalse(account.lockExpiredAt(later));
        assertEquals(1, account.getLockLevel());
    }

    @Test
    void theWaitIsRoundedUpToWholeSecondsAndMinutes() {
        Lockout lockout = new Lockout(LoginThrottle.Kind.ACCOUNT, Duration.ofMillis(61_001));
        assertEquals(62, lockout.retryAfterSeconds());
        assertEquals(2, lockout.retryAfterMinutes());
        assertEquals(423, lockout.refusal().status());
        assertEquals(429, new Lockout(LoginThrottle.Kind.ADDRESS, Duration.ofSeconds(5)).refusal().status());
        assertEquals(1, new Lockout(LoginThrottle.Kind.ADDRESS, Duration.ZERO).retryAfterSeconds());
    }
}
