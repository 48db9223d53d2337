package vn.cong.interaction;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the platform keeps instead of the network address a citizen's sending came from, wherever one per person must
 * hold without storing addresses (one answer to a survey, one report of a comment): HMAC-SHA-256 of the address under
 * a key made of the platform's secret ({@code cong.security.participation-key}, env
 * {@code CONG_SECURITY_PARTICIPATION_KEY}) and the scope's own bytes (a survey's salt, a comment). The same address
 * gives the same hash in one scope, unlinkable hashes in two; IPv4 has only four billion addresses, so the secret
 * lives outside the database and a stolen dump alone gives none back. Keep it the same across restarts and cluster
 * members: a changed secret lets everyone answer the open surveys and report the comments once more.
 *
 * <p>An address counts as {@link #counted} says: an IPv6 one by its first 64 bits (a household's devices draw their
 * addresses from one /64 and change them daily), an IPv4 one whole. People behind one address (a school, an office)
 * count as one — said in the consultation and survey READMEs.
 */
@ApplicationScoped
public class ParticipantKeys {

    static final String DEVELOPMENT_KEY = "cong-development-only-participation-key";
    private static final Logger LOG = Logger.getLogger(ParticipantKeys.class.getName());
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    /** A literal Java parses without a look-up: a hex digit or a colon first, a colon somewhere. */
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:][0-9a-fA-F.]*:[0-9a-fA-F:.]*");

    @Inject
    @ConfigProperty(name = "cong.security.participation-key", defaultValue = DEVELOPMENT_KEY)
    String secret;

    public ParticipantKeys() {
    }

    public ParticipantKeys(String secret) {
        this.secret = secret;
    }

    @PostConstruct
    void warnOnDevelopmentKey() {
        if (DEVELOPMENT_KEY.equals(secret) || secret == null || secret.isBlank()) {
            LOG.warning("CONG: survey answers and comment reports are keyed with the development key; set"
                    + " CONG_SECURITY_PARTICIPATION_KEY in production");
        }
    }

    /** The hash of {@code address} in {@code scope}, Base64url (43 characters). */
    public String hash(byte[] scope, String address) {
        byte[] key = hmac(secretBytes(), scope);
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(hmac(key, counted(address).getBytes(StandardCharsets.UTF_8)));
    }

    private byte[] secretBytes() {
        String used = secret == null || secret.isBlank() ? DEVELOPMENT_KEY : secret;
        return used.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The address as it counts: IPv4 whole, IPv6 by its /64, anything else as written, lower case. */
    static String counted(String address) {
        if (address == null || address.isBlank()) {
            return "?";
        }
        String written = address.strip();
        if (written.startsWith("[") && written.endsWith("]")) {
            written = written.substring(1, written.length() - 1);
        }
        int zone = written.indexOf('%');
        if (zone > 0) {
            written = written.substring(0, zone);
        }
        if (IPV4.matcher(written).matches()) {
            return written;
        }
        if (IPV6.matcher(written).matches()) {
            try {
                // a literal (only hex digits, colons and dots): parsed, never looked up
                byte[] bytes = InetAddress.getByName(written).getAddress();
                if (bytes.length == 4) {
                    return InetAddress.getByAddress(bytes).getHostAddress(); // an IPv4-mapped address
                }
                StringBuilder prefix = new StringBuilder();
                for (int i = 0; i < 8; i += 2) {
                    prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
                }
                return prefix.append(":/64").toString();
            } catch (UnknownHostException notAnAddress) {
                return written.toLowerCase(Locale.ROOT);
            }
        }
        return written.toLowerCase(Locale.ROOT);
    }
}
