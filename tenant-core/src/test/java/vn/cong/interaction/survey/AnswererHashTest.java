package vn.cong.interaction.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The one-answer rule's key: the same address gives the same hash within a survey, another in every other survey, the
 * address is not in it, and an IPv6 household counts by its /64.
 */
class AnswererHashTest {

    private static final byte[] SALT_A = "muoi-hai-byte-muoi-hai-byte-32by".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SALT_B = "mot-khoa-khac-cua-cuoc-khao-sat2".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theSameAddressIsTheSameAnswererWithinASurveyAndAnotherInTheNext() {
        AnswererHash first = AnswererHash.of(SALT_A, "203.113.1.7");
        assertEquals(first, AnswererHash.of(SALT_A, " 203.113.1.7 "));
        assertNotEquals(first, AnswererHash.of(SALT_A, "203.113.1.8"));
        assertNotEquals(first, AnswererHash.of(SALT_B, "203.113.1.7"), "answers are not followed across surveys");
        assertEquals(43, first.value().length(), "HMAC-SHA-256, Base64url without padding");
        assertFalse(first.value().contains("203"));
    }

    @Test
    void anIpv6HouseholdCountsByItsSlash64AndMappedIpv4AsIpv4() {
        assertEquals("2001:ee0:4f1:8a20::/64", AnswererHash.normalised("2001:ee0:4f1:8a20:1c2d:3e4f:5a6b:7c8d"));
        assertEquals(AnswererHash.of(SALT_A, "2001:ee0:4f1:8a20:1c2d:3e4f:5a6b:7c8d"),
                AnswererHash.of(SALT_A, "[2001:0ee0:04f1:8a20:ffff::1]"), "another device of the same home");
        assertNotEquals(AnswererHash.of(SALT_A, "2001:ee0:4f1:8a20::1"), AnswererHash.of(SALT_A, "2001:ee0:4f1:8a21::1"));
        assertEquals("203.113.1.7", AnswererHash.normalised("::ffff:203.113.1.7"));
        assertEquals("fe80:0:0:0::/64", AnswererHash.normalised("fe80::1%eth0"));
        assertEquals("?", AnswererHash.normalised(null));
        assertEquals("proxy.example", AnswererHash.normalised("Proxy.Example"), "a name is never looked up");
        assertEquals("zz:zz", AnswererHash.normalised("zz:zz"));
    }

    @Test
    void thePlatformsParticipationSecretChangesEveryKey() {
        byte[] secret = "secret-of-the-platform-kept-outside-the-database".getBytes(StandardCharsets.UTF_8);
        assertTrue(Arrays.equals(SALT_A, AnswererKeys.key(SALT_A, null)), "without a secret: the survey's salt");
        assertNotEquals(AnswererHash.of(SALT_A, "203.113.1.7"),
                AnswererHash.of(AnswererKeys.key(SALT_A, secret), "203.113.1.7"));
        assertEquals(AnswererHash.of(AnswererKeys.key(SALT_A, secret), "203.113.1.7"),
                AnswererHash.of(AnswererKeys.key(SALT_A, secret.clone()), "203.113.1.7"), "the same key every time");
    }
}
