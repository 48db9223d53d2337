package vn.cong.interaction.survey;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a survey keeps instead of the address an answer came from: HMAC-SHA-256 of the address under the survey's own
 * key, Base64url. The same address gives the same hash in one survey (a second answer is refused), another hash in
 * every other survey (answers cannot be followed from survey to survey), and the address cannot be read back.
 *
 * <p>An IPv6 address counts by its first 64 bits: a household's devices draw their addresses from one /64 and change
 * them every day (privacy extensions), so the full address would let one person answer again and again. An IPv4
 * address counts whole. Anything else (a forwarded name) counts as written, lower case.
 */
public record AnswererHash(String value) {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    /** A literal Java parses without a look-up: a hex digit or a colon first, a colon somewhere. */
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:][0-9a-fA-F.]*:[0-9a-fA-F:.]*");

    public static AnswererHash of(byte[] key, String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return new AnswererHash(Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(normalised(address).getBytes(StandardCharsets.UTF_8))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The address as it counts: IPv4 whole, IPv6 by its /64, anything else as written. */
    static String normalised(String address) {
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
