package vn.cong.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cong.platform.AesGcm;

/**
 * Encrypts second-factor secrets at rest with AES-256-GCM ({@link AesGcm}). The key is {@code cong.security.totp-key}
 * (Base64 of 32 bytes) from MicroProfile Config — set {@code CONG_SECURITY_TOTP_KEY} in production; the
 * default in {@code microprofile-config.properties} is for development and the demo only.
 */
@ApplicationScoped
public class SecretCipher {

    static final String DEVELOPMENT_KEY = "Y29uZy1kZXYtb25seS10b3RwLWtleS0zMi1ieXRlcyE=";
    private static final Logger LOG = Logger.getLogger(SecretCipher.class.getName());

    @Inject
    @ConfigProperty(name = "cong.security.totp-key", defaultValue = DEVELOPMENT_KEY)
    String configuredKey;

    private AesGcm cipher;

    public SecretCipher() {
    }

    SecretCipher(String base64Key) {
        this.configuredKey = base64Key;
        init();
    }

    @PostConstruct
    void init() {
        cipher = new AesGcm(configuredKey, "cong.security.totp-key");
        if (DEVELOPMENT_KEY.equals(configuredKey.strip())) {
            LOG.warning("CONG: second-factor secrets use the development key; set CONG_SECURITY_TOTP_KEY in production");
        }
    }

    public String encrypt(String secret) {
        return cipher.seal(secret);
    }

    public String decrypt(String stored) {
        return cipher.open(stored);
    }
}
