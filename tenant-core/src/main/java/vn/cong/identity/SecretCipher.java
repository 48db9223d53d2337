package vn.cong.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Encrypts second-factor secrets at rest with AES-256-GCM (the JDK's). The key is {@code cong.security.totp-key}
 * (Base64 of 32 bytes) from MicroProfile Config — set {@code CONG_SECURITY_TOTP_KEY} in production; the
 * default in {@code microprofile-config.properties} is for development and the demo only. Stored form:
 * {@code v1:} + Base64(12-byte nonce ‖ ciphertext ‖ tag).
 */
@ApplicationScoped
public class SecretCipher {

    static final String DEVELOPMENT_KEY = "Y29uZy1kZXYtb25seS10b3RwLWtleS0zMi1ieXRlcyE=";
    private static final Logger LOG = Logger.getLogger(SecretCipher.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "v1:";

    @Inject
    @ConfigProperty(name = "cong.security.totp-key", defaultValue = DEVELOPMENT_KEY)
    String configuredKey;

    private SecretKeySpec key;

    public SecretCipher() {
    }

    SecretCipher(String base64Key) {
        this.configuredKey = base64Key;
        init();
    }

    @PostConstruct
    void init() {
        byte[] bytes = Base64.getDecoder().decode(configuredKey.strip());
        if (bytes.length != 32) {
            throw new IllegalStateException("cong.security.totp-key must be Base64 of 32 bytes");
        }
        if (DEVELOPMENT_KEY.equals(configuredKey.strip())) {
            LOG.warning("CONG: second-factor secrets use the development key; set CONG_SECURITY_TOTP_KEY in production");
        }
        key = new SecretKeySpec(bytes, "AES");
    }

    public String encrypt(String secret) {
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            throw new IllegalStateException("Unknown secret format");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
            return new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Second-factor secret cannot be decrypted (wrong cong.security.totp-key?)", e);
        }
    }
}
