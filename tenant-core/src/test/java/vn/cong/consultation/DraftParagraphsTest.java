package vn.cong.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DraftParagraphsTest {

    private static final String VERSION_1 = "<h2>Chương I. Quy định chung</h2>"
            + "<p>Điều 1. Phạm vi điều chỉnh: quy chế này quy định việc quản lý nghĩa trang nhân dân trên địa bàn xã.</p>"
            + "<ul><li><p>Khoản 1. Nghĩa trang được quy hoạch theo thôn.</p></li><li>Khoản 2. Mỗi hộ đăng ký trước.</li></ul>"
            + "<p>   </p><p>Điều 2. Hiệu lực thi hành kể từ ngày ký.</p>";

    @Test
    void theParagraphsAreTheInnermostBlocksInReadingOrderEachWithItsAnchor() {
        List<DraftParagraphs.Paragraph> paragraphs = DraftParagraphs.of(VERSION_1);
        assertEquals(List.of("Chương I. Quy định chung",
                "Điều 1. Phạm vi điều chỉnh: quy chế này quy định việc quản lý nghĩa trang nhân dân trên địa bàn xã.",
                "Khoản 1. Nghĩa trang được quy hoạch theo thôn.", "Khoản 2. Mỗi hộ đăng ký trước.",
                "Điều 2. Hiệu lực thi hành kể từ ngày ký."),
                paragraphs.stream().map(DraftParagraphs.Paragraph::text).toList(), "blank paragraphs do not count");
        assertTrue(paragraphs.get(2).html().startsWith("<p id=\"doan-3\">"), paragraphs.get(2).html());
        assertEquals("doan-5", paragraphs.get(4).anchor());
    }

    @Test
    void aCommentFindsItsParagraphInALaterVersionByItsWords() {
        List<DraftParagraphs.Paragraph> version2 = DraftParagraphs.of("<p>Điều 1. Phạm vi điều chỉnh: quy chế này quy"
                + " định việc quản lý, sử dụng nghĩa trang nhân dân trên địa bàn xã.</p><p>Điều 1a. Nguyên tắc chung.</p>"
                + "<p>Điều 2. Hiệu lực thi hành kể từ ngày ký.</p>");
        String article1 = DraftParagraphs.of(VERSION_1).get(1).text();
        assertEquals(1, DraftParagraphs.find(article1, version2).orElseThrow().number(), "reworded, most words kept");
        assertEquals(3, DraftParagraphs.find("Điều 2. Hiệu lực thi hành kể từ ngày ký.", version2).orElseThrow()
                .number(), "the same words, moved down by an inserted article");
        assertTrue(DraftParagraphs.find("Khoản 2. Mỗi hộ đăng ký trước.", version2).isEmpty(), "a paragraph gone");
        assertTrue(DraftParagraphs.find(null, version2).isEmpty());
    }
}
