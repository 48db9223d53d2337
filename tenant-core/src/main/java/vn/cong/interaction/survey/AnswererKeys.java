package vn.cong.interaction.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key under which a survey hashes where its answers come from ({@link AnswererHash}): the survey's own random salt
 * — and, when the platform has one, mixed with the secret of citizens' participation {@code
 * cong.security.participation-key} (env {@code CONG_SECURITY_PARTICIPATION_KEY}, the one the consultations' reports are
 * keyed with: one secret for every keyed hash of a citizen's address). The salt alone keeps hashes of different
 * surveys apart; but IPv4 has only four billion addresses, and whoever holds a copy of the database (salt and hashes)
 * could try them all. The secret lives outside the database, so a stolen dump alone does not give the addresses back.
 * Keep it the same across restarts and cluster members: a changed key lets everyone answer the open surveys once more.
 */
@ApplicationScoped
public class AnswererKeys {

    @Inject
    @ConfigProperty(name = "cong.security.participation-key")
    Optional<String> secret;

    public AnswererHash hashFor(Survey survey, String address) {
        return AnswererHash.of(key(survey.salt(), secret.filter(s -> !s.isBlank())
                .map(s -> s.getBytes(StandardCharsets.UTF_8)).orElse(null)), address);
    }

    static byte[] key(byte[] salt, byte[] secret) {
        if (secret == null) {
            return salt;
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
