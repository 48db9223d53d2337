package vn.cong.consultation;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who reported a comment, without knowing who: HMAC-SHA-256 under a platform key ({@code cong.security.participation-
 * key}, {@code CONG_SECURITY_PARTICIPATION_KEY}) of the comment and the reporter's network address. The same place
 * reporting the same comment twice counts once; a copy of the database without the key tells no address, and the
 * hashes of two comments cannot be linked to one reporter. People behind one address (a school, an office) count as
 * one reporter — said in the consultation README.
 */
@ApplicationScoped
public class ReporterKeys {

    static final String DEVELOPMENT_KEY = "cong-development-only-participation-key";
    private static final Logger LOG = Logger.getLogger(ReporterKeys.class.getName());

    @Inject
    @ConfigProperty(name = "cong.security.participation-key", defaultValue = DEVELOPMENT_KEY)
    String key;

    public ReporterKeys() {
    }

    ReporterKeys(String key) {
        this.key = key;
    }

    @PostConstruct
    void warnOnDevelopmentKey() {
        if (DEVELOPMENT_KEY.equals(key)) {
            LOG.warning("CONG: reports of comments are keyed with the development key; set"
                    + " CONG_SECURITY_PARTICIPATION_KEY in production");
        }
    }

    public String of(long commentId, String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((commentId + "|" + address).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
