package vn.cong.interaction;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret half of a status link ({@code /hoi-dap/tra-cuu?ma=PAKN…&khoa=…}): 128 random bits, shown once in the
 * receipt and sent in the e-mail; the question keeps only its SHA-256, so a copy of the database opens nothing. The
 * tracking code alone, which the asker may read out on the phone, never opens the question's page.
 */
public record AccessKey(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{22}");

    public static AccessKey fresh() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return new AccessKey(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** A key as a link carried it; empty for anything that cannot be one. */
    public static Optional<AccessKey> parse(String text) {
        return text != null && FORM.matcher(text.strip()).matches()
                ? Optional.of(new AccessKey(text.strip())) : Optional.empty();
    }

    public String hash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compares in constant time, so the answer's timing tells nothing of how close a guess was. */
    public boolean matches(String storedHash) {
        return MessageDigest.isEqual(hash().getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "AccessKey[…]";
    }
}
