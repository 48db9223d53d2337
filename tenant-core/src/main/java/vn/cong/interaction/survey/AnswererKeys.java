package vn.cong.interaction.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key under which a survey hashes where its answers come from ({@link AnswererHash}): the survey's own random salt
 * — and, when the platform has one, mixed with the secret {@code cong.security.survey-key} (env
 * {@code CONG_SECURITY_SURVEY_KEY}, Base64 of at least 32 bytes). The salt alone keeps hashes of different surveys
 * apart; but IPv4 has only four billion addresses, and whoever holds a copy of the database (salt and hashes) could
 * try them all. The secret lives outside the database, so a stolen dump alone does not give the addresses back. Keep
 * it the same across restarts and cluster members: a changed key lets everyone answer the open surveys once more.
 */
@ApplicationScoped
public class AnswererKeys {

    @Inject
    @ConfigProperty(name = "cong.security.survey-key")
    Optional<String> secret;

    public AnswererHash hashFor(Survey survey, String address) {
        return AnswererHash.of(key(survey.salt(), secret.filter(s -> !s.isBlank()).map(String::strip)
                .map(s -> Base64.getDecoder().decode(s)).orElse(null)), address);
    }

    static byte[] key(byte[] salt, byte[] secret) {
        if (secret == null) {
            return salt;
        }
        if (secret.length < 32) {
            throw new IllegalStateException("cong.security.survey-key must be Base64 of at least 32 bytes");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(salt);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
