package vn.cong.portal.abuse;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The secret behind citizens' forms: it signs form tokens and proof-of-work challenges, and salts the hashes that
 * stand for addresses in the rate limits. {@code cong.security.form-key} (env {@code CONG_SECURITY_FORM_KEY}, Base64
 * of at least 32 bytes) — every member of a cluster needs the same one; without it each start draws its own, which
 * is right for one machine (forms opened before a restart are refused as expired, with their text kept).
 */
@ApplicationScoped
public class FormKeys {

    private static final Logger LOG = Logger.getLogger(FormKeys.class.getName());

    @Inject
    @ConfigProperty(name = "cong.security.form-key")
    Optional<String> configured;

    private byte[] key;

    @PostConstruct
    void init() {
        key = configured.filter(k -> !k.isBlank()).map(k -> Base64.getDecoder().decode(k.strip())).orElseGet(() -> {
            LOG.info("CONG: citizens' forms are signed with a key drawn at start; set CONG_SECURITY_FORM_KEY for a"
                    + " cluster");
            byte[] drawn = new byte[32];
            new SecureRandom().nextBytes(drawn);
            return drawn;
        });
        if (key.length < 32) {
            throw new IllegalStateException("cong.security.form-key must be Base64 of at least 32 bytes");
        }
    }

    /** HMAC-SHA256 of {@code text} under the key of one purpose ("token", "challenge", "address"), Base64url. */
    public String sign(String purpose, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(derived(purpose), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key of one purpose, as text (the challenge library takes its HMAC key so). */
    public String purposeKey(String purpose) {
        return Base64.getEncoder().encodeToString(derived(purpose));
    }

    private byte[] derived(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(("cong-form:" + purpose).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
