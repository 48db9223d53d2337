package vn.cong.platform;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Vietnamese text rules (TCVN 6909:2011): everything is stored in Unicode NFC, and hostnames and
 * search keys use the ASCII folding (diacritics removed, đ → d).
 */
public final class VietnameseText {

    private VietnameseText() {
    }

    /** NFC form, trimmed; null stays null. */
    public static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    }

    /** Lower-case ASCII folding: "Đạo Trù" → "dao tru". */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replace('đ', 'd').replace('Đ', 'D');
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    /** The folded words of a search: "Quyết  định 15" → ["quyet", "dinh", "15"]; none for blank text. */
    public static java.util.List<String> foldedWords(String text) {
        if (text == null || text.isBlank()) {
            return java.util.List.of();
        }
        return java.util.List.of(fold(nfc(text)).split("\\s+"));
    }

    /**
     * A LIKE contains-pattern for already folded text; '!' escapes the wildcards (a backslash would mean different
     * things in MySQL and H2), so queries say {@code like :p escape '!'}.
     */
    public static String containsPattern(String folded) {
        return "%" + folded.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    /** A URL slug: folded, words joined by hyphens, at most {@code max} characters. */
    public static String slug(String text, int max) {
        String slug = fold(text).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > max) {
            slug = slug.substring(0, max).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "bai-viet" : slug;
    }
}
