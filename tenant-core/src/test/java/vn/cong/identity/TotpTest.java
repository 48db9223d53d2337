package vn.cong.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samstevens.totp.code.HashingAlgorithm;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

class TotpTest {

    private static final String DEMO = "JBSWY3DPEHPK3PXP";

    private static String base32(String ascii) {
        return new Base32().encodeAsString(ascii.getBytes(StandardCharsets.US_ASCII));
    }

    private static String rfc(String seed, HashingAlgorithm algorithm, long unixTime) {
        return Totp.codeAt(base32(seed), Totp.stepAt(Instant.ofEpochSecond(unixTime)), algorithm, 8);
    }

    /** RFC 6238 Appendix B: the reference implementation's test vectors. */
    @Test
    void theRfc6238TestVectorsAreReproduced() {
        String sha1 = "12345678901234567890";
        String sha256 = "12345678901234567890123456789012";
        String sha512 = "1234567890123456789012345678901234567890123456789012345678901234";
        long[] times = {59L, 1111111109L, 1111111111L, 1234567890L, 2000000000L, 20000000000L};
        String[] expectedSha1 = {"94287082", "07081804", "14050471", "89005924", "69279037", "65353130"};
        String[] expectedSha256 = {"46119246", "68084774", "67062674", "91819424", "90698825", "77737706"};
        String[] expectedSha512 = {"90693936", "25091201", "99943326", "93441116", "38618901", "47863826"};
        for (int i = 0; i < times.length; i++) {
            assertEquals(expectedSha1[i], rfc(sha1, HashingAlgorithm.SHA1, times[i]), "SHA1 at " + times[i]);
            assertEquals(expectedSha256[i], rfc(sha256, HashingAlgorithm.SHA256, times[i]), "SHA256 at " + times[i]);
            assertEquals(expectedSha512[i], rfc(sha512, HashingAlgorithm.SHA512, times[i]), "SHA512 at " + times[i]);
        }
    }

    @Test
    void aCodeOfTheCurrentOrANeighbouringStepIsAccepted() {
        Instant now = Instant.parse("2026-11-20T02:00:10Z");
        long step = Totp.stepAt(now);
        assertEquals(OptionalLong.of(step), Totp.verify(DEMO, Totp.codeAt(DEMO, step), now, null));
        assertEquals(OptionalLong.of(step - 1), Totp.verify(DEMO, Totp.codeAt(DEMO, step - 1), now, null));
        assertEquals(OptionalLong.of(step + 1), Totp.verify(DEMO, Totp.codeAt(DEMO, step + 1), now, null));
        assertEquals(OptionalLong.empty(), Totp.verify(DEMO, Totp.codeAt(DEMO, step - 2), now, null));
        assertEquals(OptionalLong.of(step), Totp.verify(DEMO, " " + Totp.codeAt(DEMO, step).substring(0, 3) + " "
                + Totp.codeAt(DEMO, step).substring(3), now, null), "spaces as the app groups them");
    }

    @Test
    void anAcceptedCodeIsNeverAcceptedAgainNorAnOlderOne() {
        Instant now = Instant.parse("2026-11-20T02:00:10Z");
        long step = Totp.stepAt(now);
        String code = Totp.codeAt(DEMO, step);
        assertEquals(OptionalLong.empty(), Totp.verify(DEMO, code, now, step));
        assertEquals(OptionalLong.empty(), Totp.verify(DEMO, Totp.codeAt(DEMO, step - 1), now, step));
        assertEquals(OptionalLong.of(step + 1), Totp.verify(DEMO, Totp.codeAt(DEMO, step + 1), now, step),
                "the next code is still good: a second sign-in within the same half-minute");
    }

    @Test
    void malformedCodesAreRefusedWithoutComputing() {
        Instant now = Instant.parse("2026-11-20T02:00:10Z");
        for (String bad : new String[] {null, "", "12345", "1234567", "abcdef", "12345a"}) {
            assertTrue(Totp.verify(DEMO, bad, now, null).isEmpty(), String.valueOf(bad));
        }
    }

    @Test
    void newSecretsAreRandomBase32OfHundredSixtyBits() {
        String one = Totp.newSecret();
        assertEquals(32, one.length());
        assertTrue(one.matches("[A-Z2-7]+"));
        assertNotEquals(one, Totp.newSecret());
    }

    @Test
    void theOtpauthUriNamesIssuerAccountAndParameters() {
        String uri = Totp.otpauthUri("Cổng", "truongban.daotru", DEMO);
        assertTrue(uri.startsWith("otpauth://totp/"), uri);
        assertTrue(uri.contains("secret=" + DEMO), uri);
        assertTrue(uri.contains("digits=6") && uri.contains("period=30"), uri);
        assertTrue(uri.contains("truongban.daotru"), uri);
    }

    @Test
    void secretsAreEncryptedAtRestAndOnlyTheRightKeyOpensThem() {
        SecretCipher cipher = new SecretCipher(SecretCipher.DEVELOPMENT_KEY);
        String sealed = cipher.encrypt(DEMO);
        assertTrue(sealed.startsWith("v1:") && !sealed.contains(DEMO));
        assertNotEquals(sealed, cipher.encrypt(DEMO), "a fresh nonce every time");
        assertEquals(DEMO, cipher.decrypt(sealed));
        SecretCipher other = new SecretCipher(java.util.Base64.getEncoder().encodeToString(new byte[32]));
        assertThrows(IllegalStateException.class, () -> other.decrypt(sealed));
        assertThrows(IllegalStateException.class, () -> new SecretCipher("c2hvcnQ="));
    }
}
