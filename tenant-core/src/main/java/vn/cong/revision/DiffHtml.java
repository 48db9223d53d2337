package vn.cong.revision;

import java.util.List;
import java.util.regex.Pattern;
import vn.cong.platform.HtmlText;

/**
 * A diff as HTML for the back office: insertions in {@code <ins>}, deletions in {@code <del>}, tags of rich text
 * shown as text in {@code <span class="diff-tag">} (a block tag starts a new line in a {@code white-space: pre-wrap}
 * box). Every piece of text is escaped: whatever a revision holds, the diff never renders it as markup.
 */
public final class DiffHtml {

    private static final Pattern BLOCK = Pattern.compile(
            "(?i)<(p|h[1-6]|li|ul|ol|blockquote|table|tr|figure|figcaption|pre|div|hr|br|dl|dt|dd|caption)\\b.*");

    private DiffHtml() {
    }

    public static String render(List<Segment> segments) {
        StringBuilder html = new StringBuilder();
        for (Segment segment : segments) {
            String open = switch (segment.change()) {
                case INSERTED -> "<ins>";
                case DELETED -> "<del>";
                case KEPT -> "";
            };
            String close = switch (segment.change()) {
                case INSERTED -> "</ins>";
                case DELETED -> "</del>";
                case KEPT -> "";
            };
            if (segment.markup() && BLOCK.matcher(segment.text()).matches() && !html.isEmpty()) {
                html.append('\n');
            }
            html.append(open);
            if (segment.markup()) {
                html.append("<span class=\"diff-tag\">").append(escape(segment.text())).append("</span>");
            } else {
                html.append(escape(segment.text()));
            }
            html.append(close);
        }
        return html.toString();
    }

    private static String escape(String text) {
        return HtmlText.escape(text);
    }
}
