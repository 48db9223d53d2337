package vn.cong.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import vn.cong.platform.DomainException;

/**
 * Password hashing with the platform's PBKDF2 (Jakarta Security {@link Pbkdf2PasswordHash}:
 * HMAC-SHA512, 210,000 iterations — OWASP's 2023 figure) and the minimum password policy.
 */
@ApplicationScoped
public class PasswordService {

    static final int MIN_LENGTH = 10;

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    public String hash(String password) {
        requireAcceptable(password);
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return password != null && storedHash != null && hash.verify(password.toCharArray(), storedHash);
    }

    /** At least ten characters, with letters and digits. */
    public static void requireAcceptable(String password) {
        if (password == null || password.length() < MIN_LENGTH
                || password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            throw new DomainException(422, "password.weak", MIN_LENGTH);
        }
    }
}
