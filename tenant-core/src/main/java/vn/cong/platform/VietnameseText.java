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

    /** A URL slug: folded, words joined by hyphens, at most {@code max} characters. */
    public static String slug(String text, int max) {
        String slug = fold(text).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > max) {
            slug = slug.substring(0, max).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "bai-viet" : slug;
    }
}
