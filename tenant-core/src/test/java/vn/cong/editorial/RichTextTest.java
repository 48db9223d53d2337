package vn.cong.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RichTextTest {

    private static void kept(String html, String... fragments) {
        String clean = RichText.sanitise(html);
        for (String fragment : fragments) {
            assertTrue(clean.contains(fragment), fragment + " kept in " + clean);
        }
    }

    private static void refused(String html, String... fragments) {
        String clean = RichText.sanitise(html).toLowerCase(java.util.Locale.ROOT);
        for (String fragment : fragments) {
            assertFalse(clean.contains(fragment), fragment + " removed from " + clean);
        }
    }

    @Test
    void headingsParagraphsAndInlineFormattingAreKept() {
        kept("<h1>A</h1><h2>Kết quả</h2><h3>B</h3><h4>C</h4><p><strong>Đậm</strong> <em>nghiêng</em> <u>gạch</u>"
                        + " H<sub>2</sub>O m<sup>2</sup></p><hr><blockquote cite=\"https://chinhphu.vn\">Trích dẫn</blockquote>",
                "<h1>", "<h2>Kết quả</h2>", "<h3>", "<h4>", "<strong>Đậm</strong>", "<em>", "<u>", "<sub>2</sub>",
                "<sup>2</sup>", "<hr />", "<blockquote cite=\"https://chinhphu.vn\">");
    }

    @Test
    void listsAreKept() {
        kept("<ol start=\"3\"><li>Ba</li></ol><ul><li class=\"ql-indent-1\">Một</li></ul>",
                "<ol start=\"3\">", "<ul>", "<li class=\"ql-indent-1\">Một</li>");
    }

    @Test
    void tablesWithCaptionHeaderBodyAndMergedCellsAreKept() {
        kept("<table><caption>Bảng 1. Kết quả giải ngân</caption><thead><tr><th scope=\"col\" colspan=\"2\">Chỉ tiêu</th>"
                        + "</tr></thead><tbody><tr><td rowspan=\"2\">Vốn</td><td>95%</td></tr></tbody>"
                        + "<tfoot><tr><td>Tổng</td></tr></tfoot></table>",
                "<caption>Bảng 1. Kết quả giải ngân</caption>", "<thead>", "<th scope=\"col\" colspan=\"2\">",
                "<tbody>", "<td rowspan=\"2\">Vốn</td>", "<tfoot>");
    }

    @Test
    void imagesWithWebOrRelativeSourcesAltAndSizeAreKept() {
        kept("<figure class=\"image\"><img src=\"/files/anh.jpg\" alt=\"Ảnh hội nghị\" width=\"640\" height=\"480\" />"
                        + "<figcaption>Chú thích ảnh</figcaption></figure><img src=\"https://vinhphuc.gov.vn/a.png\" alt=\"\" />"
                        + "<img src=\"anh/b.jpg\" alt=\"b\" />",
                "<figure class=\"image\">", "src=\"/files/anh.jpg\"", "alt=\"Ảnh hội nghị\"", "width=\"640\"",
                "height=\"480\"", "<figcaption>Chú thích ảnh</figcaption>", "src=\"https://vinhphuc.gov.vn/a.png\"",
                "src=\"anh/b.jpg\"");
    }

    @Test
    void linksToWebMailOrRelativeAddressesAreKept() {
        kept("<a href=\"https://vinhphuc.gov.vn\">Cổng tỉnh</a> <a href=\"mailto:vanthu@vinhphuc.gov.vn\">Thư</a>"
                        + " <a href=\"/bai-viet/thong-bao\" title=\"Thông báo\">Xem</a> <a href=\"http://chinhphu.vn\">CP</a>",
                "href=\"https://vinhphuc.gov.vn\"", "href=\"mailto:vanthu&#64;vinhphuc.gov.vn\"",
                "href=\"/bai-viet/thong-bao\"", "title=\"Thông báo\"", "href=\"http://chinhphu.vn\"");
    }

    @Test
    void aLinkOpeningANewWindowGetsNoopenerNoreferrer() {
        String clean = RichText.sanitise("<a href=\"https://chinhphu.vn\" target=\"_blank\">Chính phủ</a>");
        assertTrue(clean.contains("target=\"_blank\""), clean);
        assertTrue(clean.matches(".*rel=\"[^\"]*noopener[^\"]*\".*") && clean.matches(".*rel=\"[^\"]*noreferrer[^\"]*\".*"),
                clean);
    }

    @Test
    void harmlessAlignmentStylesAreKeptAndStyleExpressionsAreNot() {
        kept("<p style=\"text-align:center\">Giữa</p>", "text-align:center");
        refused("<p style=\"width:expression(alert(1))\">x</p><p style=\"background-image:url(javascript:alert(1))\">y</p>"
                        + "<p style=\"behavior:url(x.htc)\">z</p>",
                "expression", "javascript", "url(", "behavior");
    }

    @Test
    void scriptsAndEventHandlersAreRemoved() {
        String clean = RichText.sanitise("<p onclick=\"alert(1)\">Xin chào</p><script>alert('x')</script>"
                + "<img src=\"/a.png\" onerror=\"alert(1)\" alt=\"a\"><svg onload=\"alert(1)\"></svg>"
                + "<body onload=\"x()\"></body>");
        refused(clean, "script", "onclick", "onerror", "onload", "<svg", "alert");
        assertTrue(clean.contains("Xin chào"));
    }

    @Test
    void javascriptDataAndProtocolRelativeUrlsAreRemoved() {
        refused("<a href=\"javascript:alert(1)\">x</a><a href=\"JaVaScRiPt:alert(1)\">y</a>"
                        + "<a href=\"vbscript:msgbox(1)\">z</a><img src=\"data:image/svg+xml;base64,PHN2Zz4=\" alt=\"d\">"
                        + "<img src=\"javascript:alert(1)\" alt=\"j\"><img src=\"mailto:a@b.c\" alt=\"m\">"
                        + "<img src=\"//evil.example/x.png\" alt=\"p\">",
                "javascript", "vbscript", "data:", "mailto", "evil.example");
    }

    @Test
    void framesObjectsFormsAndStyleElementsAreRemoved() {
        refused("<iframe src=\"https://evil.example\"></iframe><object data=\"x.swf\"></object><embed src=\"x\">"
                        + "<form action=\"https://evil.example\"><input name=\"q\"><button>Gửi</button></form>"
                        + "<style>body{display:none}</style><meta http-equiv=\"refresh\" content=\"0\"><base href=\"//evil\">",
                "iframe", "object", "embed", "<form", "<input", "<button", "<style", "display:none", "<meta", "<base");
    }

    @Test
    void unknownClassesAndAttributesAreDropped() {
        assertEquals("<p>Đoạn</p>", RichText.sanitise("<p class=\"evil\" id=\"x\" data-x=\"1\">Đoạn</p>"));
    }

    @Test
    void nullIsEmpty() {
        assertEquals("", RichText.sanitise(null));
    }
}
