package vn.cong.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Password hashing with the platform's PBKDF2 (Jakarta Security {@link Pbkdf2PasswordHash}:
 * HMAC-SHA512, 210,000 iterations — OWASP's 2023 figure). A stored hash made with other parameters is
 * re-hashed transparently at the next successful sign-in ({@link #needsRehash}); what a new password must
 * be is {@link PasswordPolicy}.
 */
@ApplicationScoped
public class PasswordService {

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    static final int ITERATIONS = 210_000;
    static final int SALT_BYTES = 16;
    static final int KEY_BYTES = 32;

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", String.valueOf(SALT_BYTES),
                "Pbkdf2PasswordHash.KeySizeBytes", String.valueOf(KEY_BYTES)));
    }

    /** The hash of a new password for {@code username}; 422 when the policy refuses it. */
    public String hash(String username, String password) {
        PasswordPolicy.requireAcceptable(username, password);
        return hash.generate(password.toCharArray());
    }

    /**
     * The stored "hash" of an account that has no password yet (opened by an import: its administrator is invited
     * to choose one): it matches nothing, so nobody signs in with a password that was never chosen.
     */
    public static final String NO_PASSWORD = "!";

    public boolean matches(String password, String storedHash) {
        return password != null && storedHash != null && !NO_PASSWORD.equals(storedHash)
                && hash.verify(password.toCharArray(), storedHash);
    }

    /** The hash of a password that matched a stored hash with other parameters (no policy: it is not new). */
    String rehash(String password) {
        return hash.generate(password.toCharArray());
    }

    /**
     * True when a stored hash ({@code algorithm:iterations:salt:key}, Base64 parts) was made with other
     * parameters than today's.
     */
    static boolean needsRehash(String storedHash) {
        String[] parts = storedHash == null ? new String[0] : storedHash.split(":");
        if (parts.length != 4) {
            return true;
        }
        try {
            java.util.Base64.Decoder base64 = java.util.Base64.getDecoder();
            return !ALGORITHM.equals(parts[0]) || Integer.parseInt(parts[1]) != ITERATIONS
                    || base64.decode(parts[2]).length != SALT_BYTES || base64.decode(parts[3]).length != KEY_BYTES;
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    /**
     * A password nobody chose, for an account whose owner changes it at first sign-in: 15 characters from an
     * alphabet without look-alikes (no 0/O, 1/l/I), ending with a digit — it meets {@link PasswordPolicy}.
     */
    public static String generated() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            password.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return password.append(RANDOM.nextInt(10)).toString();
    }
}
