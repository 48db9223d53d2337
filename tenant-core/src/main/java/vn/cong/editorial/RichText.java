package vn.cong.editorial;

import java.util.List;
import java.util.regex.Pattern;
import org.owasp.html.CssSchema;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The rich-text policy of articles (OWASP Java HTML Sanitizer): what Vietnamese government articles use —
 * paragraphs and inline formatting, headings, lists, quotations, tables with caption, header and body rows
 * and merged cells, images, links, figures with captions — and nothing executable: no script, style or
 * iframe elements, no forms, no {@code on*} handlers, no {@code javascript:}/{@code data:} URLs, and only a
 * few harmless CSS properties (the sanitizer's CSS schema drops {@code expression()} and {@code url()}).
 * Links that open a new window get {@code rel="noopener noreferrer"}.
 */
public final class RichText {

    /** http, https or a relative address (not protocol-relative {@code //host}). */
    private static final Pattern WEB_URL = Pattern.compile(
            "(?i)(?:https?://[^\\s\"'<>]+|(?![a-z][a-z0-9+.-]*:)(?!//)[^\\s\"'<>]*)");
    /** The same, or a mailto: address. */
    private static final Pattern LINK_URL = Pattern.compile("(?i)(?:mailto:[^\\s\"'<>]+|" + WEB_URL.pattern() + ")");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");
    private static final Pattern SIZE = Pattern.compile("\\d{1,4}%?");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "div", "span", "b", "strong", "i", "em", "u", "s", "strike", "sub", "sup",
                    "small", "mark", "abbr", "cite", "q", "code", "pre",
                    "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "dl", "dt", "dd",
                    "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "colgroup", "col",
                    "figure", "figcaption", "img", "a")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").matching(LINK_URL).onElements("a")
            .allowAttributes("title").globally()
            .allowAttributes("target").matching(true, "_blank", "_self").onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer")
            .allowAttributes("src").matching(WEB_URL).onElements("img")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("width", "height").matching(SIZE).onElements("img", "table", "td", "th", "col")
            .allowAttributes("colspan", "rowspan").matching(NUMBER).onElements("td", "th")
            .allowAttributes("span").matching(NUMBER).onElements("col", "colgroup")
            .allowAttributes("scope").matching(true, "row", "col", "rowgroup", "colgroup").onElements("th")
            .allowAttributes("start").matching(NUMBER).onElements("ol")
            .allowAttributes("cite").matching(WEB_URL).onElements("blockquote", "q")
            .allowAttributes("class").matching(false, "ql-align-center", "ql-align-right", "ql-align-justify",
                    "ql-indent-1", "ql-indent-2", "ql-indent-3", "caption", "image")
            .onElements("p", "span", "li", "figure", "figcaption", "img", "h1", "h2", "h3", "h4", "h5", "h6",
                    "td", "th", "table", "blockquote")
            .allowStyling(CssSchema.withProperties(List.of("text-align", "font-weight", "font-style",
                    "text-decoration", "vertical-align", "width", "height", "color", "background-color")))
            .toFactory();

    private RichText() {
    }

    public static String sanitise(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }
}
