package vn.cong.interaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The one-per-person rule's key (survey answers, comment reports): the same address gives the same hash within a
 * scope, another in every other scope and under another secret, the address is not in it, and an IPv6 household
 * counts by its /64.
 */
class ParticipantKeysTest {

    private static final byte[] SURVEY_A = "muoi-hai-byte-muoi-hai-byte-32by".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SURVEY_B = "mot-khoa-khac-cua-cuoc-khao-sat2".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] COMMENT = "comment 17".getBytes(StandardCharsets.US_ASCII);

    private final ParticipantKeys keys = new ParticipantKeys("secret-of-the-platform-kept-outside-the-database");

    @Test
    void theSameAddressIsTheSamePersonWithinAScopeAndAnotherInTheNext() {
        String first = keys.hash(SURVEY_A, "203.113.1.7");
        assertEquals(first, keys.hash(SURVEY_A, " 203.113.1.7 "));
        assertNotEquals(first, keys.hash(SURVEY_A, "203.113.1.8"));
        assertNotEquals(first, keys.hash(SURVEY_B, "203.113.1.7"), "answers are not followed across surveys");
        assertNotEquals(first, keys.hash(COMMENT, "203.113.1.7"), "nor from a survey to a report");
        assertEquals(43, first.length(), "HMAC-SHA-256, Base64url without padding");
        assertFalse(first.contains("203"));
    }

    @Test
    void anIpv6HouseholdCountsByItsSlash64AndMappedIpv4AsIpv4() {
        assertEquals("2001:ee0:4f1:8a20::/64", ParticipantKeys.counted("2001:ee0:4f1:8a20:1c2d:3e4f:5a6b:7c8d"));
        assertEquals(keys.hash(COMMENT, "2001:ee0:4f1:8a20:1c2d:3e4f:5a6b:7c8d"),
                keys.hash(COMMENT, "[2001:0ee0:04f1:8a20:ffff::1]"), "another device of the same home reports once");
        assertNotEquals(keys.hash(SURVEY_A, "2001:ee0:4f1:8a20::1"), keys.hash(SURVEY_A, "2001:ee0:4f1:8a21::1"));
        assertEquals("203.113.1.7", ParticipantKeys.counted("::ffff:203.113.1.7"));
        assertEquals("fe80:0:0:0::/64", ParticipantKeys.counted("fe80::1%eth0"));
        assertEquals("?", ParticipantKeys.counted(null));
        assertEquals("proxy.example", ParticipantKeys.counted("Proxy.Example"), "a name is never looked up");
        assertEquals("zz:zz", ParticipantKeys.counted("zz:zz"));
    }

    @Test
    void thePlatformsSecretChangesEveryHashAndAnUnsetOneFallsBackToTheDevelopmentKey() {
        assertNotEquals(keys.hash(SURVEY_A, "203.113.1.7"),
                new ParticipantKeys("another-secret").hash(SURVEY_A, "203.113.1.7"));
        assertEquals(keys.hash(SURVEY_A, "203.113.1.7"),
                new ParticipantKeys("secret-of-the-platform-kept-outside-the-database").hash(SURVEY_A, "203.113.1.7"));
        assertEquals(new ParticipantKeys(ParticipantKeys.DEVELOPMENT_KEY).hash(SURVEY_A, "203.113.1.7"),
                new ParticipantKeys(" ").hash(SURVEY_A, "203.113.1.7"));
    }
}
