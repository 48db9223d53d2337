package vn.cong.platform;

import java.io.IOException;
import org.owasp.html.Encoding;

/** Plain text put into HTML the platform writes itself (e-mails, diffs, the pages of reorganised hosts). */
public final class HtmlText {

    private HtmlText() {
    }

    /** The text with {@code < > & " '} escaped (OWASP's encoder); null is empty. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder();
        try {
            Encoding.encodeRcdataOnto(text == null ? "" : text, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }
}
