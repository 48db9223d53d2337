package vn.cong.revision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cong.revision.Segment.Change;

/** Word-level diffs of plain and rich text, and how the back office shows them. */
class WordDiffTest {

    @Test
    void aChangedWordIsShownDeletedThenInsertedAndTheRestKept() {
        List<Segment> diff = WordDiff.ofPlainText("Xã Đạo Trù khánh thành nhà văn hóa",
                "Xã Đạo Trù khánh thành trường mầm non");
        assertEquals(List.of(
                new Segment(Change.KEPT, "Xã Đạo Trù khánh thành ", false),
                new Segment(Change.DELETED, "nhà văn hóa", false),
                new Segment(Change.INSERTED, "trường mầm non", false)), diff);
    }

    @Test
    void anInsertionBetweenKeptWordsStaysInPlace() {
        assertEquals(List.of(
                new Segment(Change.KEPT, "Lễ hội ", false),
                new Segment(Change.INSERTED, "đền Tây Thiên ", false),
                new Segment(Change.KEPT, "năm 2026", false)), WordDiff.ofPlainText("Lễ hội năm 2026",
                "Lễ hội đền Tây Thiên năm 2026"));
    }

    @Test
    void identicalTextsHaveNoChangeAndAnEmptyTextIsAllInserted() {
        assertFalse(WordDiff.changes(WordDiff.ofPlainText("Tin tức", "Tin tức")));
        assertEquals(List.of(new Segment(Change.INSERTED, "Tóm tắt mới", false)),
                WordDiff.ofPlainText(null, "Tóm tắt mới"));
    }

    @Test
    void richTextIsComparedOnItsWordsWithItsTagsKeptAsReadableTokens() {
        List<Segment> diff = WordDiff.ofRichText("<p>Sáng nay, UBND xã họp.</p>",
                "<p>Sáng nay, <strong>UBND xã</strong> họp &amp; ra quyết định.</p>");
        assertTrue(diff.contains(new Segment(Change.INSERTED, "<strong>", true)), diff.toString());
        assertTrue(diff.contains(new Segment(Change.INSERTED, "</strong>", true)), diff.toString());
        assertTrue(diff.stream().anyMatch(s -> s.change() == Change.INSERTED && s.text().contains("& ra quyết định")),
                "character references are read as what they mean: " + diff);
        assertEquals(new Segment(Change.KEPT, "<p>", true), diff.get(0));
    }

    @Test
    void onlyFormattingChangedIsStillAChange() {
        assertTrue(WordDiff.changes(WordDiff.ofRichText("<p>Tin</p>", "<p><em>Tin</em></p>")));
    }

    @Test
    void theBackOfficeHtmlMarksInsertionsAndDeletionsAndEscapesEverything() {
        String html = DiffHtml.render(WordDiff.ofRichText("<p>Giá 5 &lt; 7</p>",
                "<p>Giá 5 &lt; 8</p><p><a href=\"https://x.vn\">Nguồn</a></p>"));
        assertTrue(html.contains("<del>7</del><ins>8</ins>"), html);
        assertTrue(html.contains("5 &lt; "), "text is escaped again: " + html);
        assertTrue(html.matches("(?s).*<ins><span class=\"diff-tag\">&lt;a href[^<]*https://x\\.vn[^<]*&gt;</span></ins>.*"),
                "a tag is shown as text, never as markup: " + html);
        assertFalse(html.contains("<a "), html);
        assertTrue(html.contains("\n<ins><span class=\"diff-tag\">&lt;p&gt;"), "a new paragraph starts a line: " + html);
    }

    @Test
    void aScriptTypedIntoATitleIsShownAsText() {
        String html = DiffHtml.render(WordDiff.ofPlainText("Tin", "Tin <script>alert(1)</script>"));
        assertFalse(html.contains("<script"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }
}
