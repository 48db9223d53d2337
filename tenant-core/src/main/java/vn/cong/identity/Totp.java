package vn.cong.identity;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Time-based one-time passwords (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps — what every authenticator
 * app speaks), computed by the {@code dev.samstevens.totp} library. This class adds what the library leaves to
 * its caller: the clock drift we accept (one step either side) and that a code, once accepted, is never
 * accepted again (RFC 6238 §5.2), by returning the time step it matched.
 */
public final class Totp {

    public static final int PERIOD_SECONDS = 30;
    public static final int DIGITS = 6;
    static final int DRIFT_STEPS = 1;

    private Totp() {
    }

    /** A new random secret, Base32 (160 bits, RFC 4226's recommended length). */
    public static String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    public static long stepAt(Instant when) {
        return Math.floorDiv(when.getEpochSecond(), PERIOD_SECONDS);
    }

    /** The code of one time step, with a given algorithm and length (the RFC's test vectors use 8 digits). */
    static String codeAt(String base32Secret, long step, HashingAlgorithm algorithm, int digits) {
        try {
            return new DefaultCodeGenerator(algorithm, digits).generate(base32Secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("TOTP secret is unusable", e);
        }
    }

    public static String codeAt(String base32Secret, long step) {
        return codeAt(base32Secret, step, HashingAlgorithm.SHA1, DIGITS);
    }

    /**
     * The time step {@code code} belongs to, if it is one of the steps around {@code now} and later than
     * {@code lastAcceptedStep} (null when none was accepted yet); empty otherwise.
     */
    public static OptionalLong verify(String base32Secret, String code, Instant now, Long lastAcceptedStep) {
        String typed = code == null ? "" : code.replaceAll("\\s", "");
        if (!typed.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = stepAt(now);
        for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
            if (lastAcceptedStep != null && step <= lastAcceptedStep) {
                continue;
            }
            if (MessageDigest.isEqual(codeAt(base32Secret, step).getBytes(StandardCharsets.US_ASCII),
                    typed.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The {@code otpauth://} URI an authenticator app reads from the QR code. */
    public static String otpauthUri(String issuer, String accountName, String base32Secret) {
        return new QrData.Builder().label(accountName).secret(base32Secret).issuer(issuer)
                .algorithm(HashingAlgorithm.SHA1).digits(DIGITS).period(PERIOD_SECONDS).build().getUri();
    }
}
