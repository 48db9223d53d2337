package vn.cong.interaction.survey;

import vn.cong.platform.DomainException;
import vn.cong.platform.VietnameseText;

/**
 * A text of a survey in Vietnamese and, when the board wrote one, English — a title, a question, an option: the
 * portal's English channel shows the English words, and the Vietnamese ones where there are none. Stored as typed,
 * in NFC, trimmed; an English text left blank is none.
 */
public record Wording(String vi, String en) implements java.io.Serializable {

    public Wording {
        vi = clean(vi);
        en = clean(en);
    }

    public static Wording of(String vi) {
        return new Wording(vi, null);
    }

    /** The words for a channel's language ("vi" or "en"). */
    public String in(String language) {
        return "en".equals(language) && en != null ? en : vi == null ? "" : vi;
    }

    public boolean isBlank() {
        return vi == null;
    }

    /**
     * The wording checked for one field of the builder: Vietnamese required unless {@code optional} (and whenever
     * English is given), each language at most {@code max} characters; else 422 with {@code key + ".required"} or
     * {@code key + ".size"}, whose arguments are {@code where} (which question, which option) and then the limit.
     */
    Wording checked(String key, int max, boolean optional, Object... where) {
        if (vi == null && (!optional || en != null)) {
            throw new DomainException(422, key + ".required", where);
        }
        if (vi != null && vi.length() > max || en != null && en.length() > max) {
            Object[] arguments = java.util.Arrays.copyOf(where, where.length + 1);
            arguments[where.length] = max;
            throw new DomainException(422, key + ".size", arguments);
        }
        return this;
    }

    /** A wording that may be absent: none stays none. */
    static Wording orNone(Wording wording) {
        return wording == null ? new Wording(null, null) : wording;
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = VietnameseText.nfc(text).strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
