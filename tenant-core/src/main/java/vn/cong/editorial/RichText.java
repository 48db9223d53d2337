package vn.cong.editorial;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The rich-text policy of articles (OWASP Java HTML Sanitizer): what Vietnamese government articles use —
 * paragraphs, headings, lists, tables, images, links, captions, quotes — and nothing executable.
 */
public final class RichText {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.IMAGES)
            .and(Sanitizers.STYLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("figure", "figcaption", "hr", "br", "span", "sub", "sup", "caption")
                    .allowAttributes("class").matching(false, "ql-align-center", "ql-align-right", "ql-align-justify",
                            "ql-indent-1", "ql-indent-2", "caption", "image")
                    .onElements("p", "span", "li", "figure", "figcaption", "img", "h2", "h3", "h4")
                    .toFactory());

    private RichText() {
    }

    public static String sanitise(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }
}
