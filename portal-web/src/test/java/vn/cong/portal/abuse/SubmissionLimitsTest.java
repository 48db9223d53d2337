package vn.cong.portal.abuse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SubmissionLimitsTest {

    private static SubmissionLimits limits() {
        SubmissionLimits limits = new SubmissionLimits();
        limits.keys = AbuseTestKit.keys(null);
        limits.perMinute = 5;
        limits.perDay = 50;
        limits.withoutChallengePerHour = 3;
        limits.lookupsPerMinute = 20;
        limits.init();
        return limits;
    }

    @Test
    void withoutTheChallengeAnAddressSendsThreeAnHourThenWaits() {
        SubmissionLimits limits = limits();
        for (int i = 0; i < 3; i++) {
            assertTrue(limits.take("203.0.113.7", SubmissionLimits.Kind.WITHOUT_CHALLENGE).isEmpty());
        }
        Optional<Duration> wait = limits.take("203.0.113.7", SubmissionLimits.Kind.WITHOUT_CHALLENGE);
        assertTrue(wait.isPresent() && wait.get().compareTo(Duration.ofMinutes(10)) > 0, "about 20 minutes: " + wait);
        assertTrue(limits.take("203.0.113.8", SubmissionLimits.Kind.WITHOUT_CHALLENGE).isEmpty(), "another address");
        assertTrue(limits.take("203.0.113.7", SubmissionLimits.Kind.WITH_CHALLENGE).isEmpty(),
                "with the challenge solved, its own allowance");
    }

    @Test
    void withTheChallengeFiveAMinute() {
        SubmissionLimits limits = limits();
        for (int i = 0; i < 5; i++) {
            assertTrue(limits.take("2001:db8::1", SubmissionLimits.Kind.WITH_CHALLENGE).isEmpty());
        }
        assertTrue(limits.take("2001:db8::1", SubmissionLimits.Kind.WITH_CHALLENGE).isPresent());
    }
}
