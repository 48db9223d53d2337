package vn.cong.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import vn.cong.platform.DomainException;
import vn.cong.platform.VietnameseText;

/**
 * What a password must be (NIST SP 800-63B style: length over composition rules): at least 12 characters
 * (counted as a person sees them, so Vietnamese letters with their marks count once), at most 128, not the
 * account name nor containing it, and not on the list of common or leaked passwords shipped in
 * {@code common-passwords.txt}. Any Unicode text is allowed — a Vietnamese passphrase is a good password.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Throws a 422 {@link DomainException} naming the first rule the password breaks. */
    public static void requireAcceptable(String username, String password) {
        String candidate = password == null ? "" : VietnameseText.nfc(password);
        long length = candidate.codePointCount(0, candidate.length());
        if (length < MIN_LENGTH) {
            throw new DomainException(422, "password.too-short", MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw new DomainException(422, "password.too-long", MAX_LENGTH);
        }
        String folded = fold(candidate);
        if (username != null && !username.isBlank() && folded.contains(fold(username))) {
            throw new DomainException(422, "password.contains-username");
        }
        if (COMMON.contains(folded) || COMMON.contains(folded.replaceAll("\\s+", ""))) {
            throw new DomainException(422, "password.common");
        }
    }

    static String fold(String text) {
        return VietnameseText.nfc(text.strip()).toLowerCase(Locale.ROOT);
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from vn/cong/identity");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(PasswordPolicy::fold).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
