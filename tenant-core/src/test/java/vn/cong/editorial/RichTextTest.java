package vn.cong.editorial;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void scriptsAndEventHandlersAreRemoved() {
        String clean = RichText.sanitise("<p onclick=\"alert(1)\">Xin chào</p><script>alert('x')</script>"
                + "<a href=\"javascript:alert(1)\">x</a><iframe src=\"http://evil\"></iframe>");
        assertFalse(clean.contains("script"));
        assertFalse(clean.contains("onclick"));
        assertFalse(clean.contains("javascript:"));
        assertFalse(clean.contains("iframe"));
        assertTrue(clean.contains("Xin chào"));
    }

    @Test
    void whatGovernmentArticlesUseIsKept() {
        String html = "<h2>Kết quả</h2><ul><li>Một</li></ul><table><tbody><tr><td>Ô</td></tr></tbody></table>"
                + "<figure><img src=\"/files/anh.jpg\" alt=\"Ảnh\" /><figcaption>Chú thích</figcaption></figure>"
                + "<p><a href=\"https://vinhphuc.gov.vn\">Cổng tỉnh</a></p>";
        String clean = RichText.sanitise(html);
        for (String kept : new String[] {"<h2>", "<ul>", "<li>", "<table>", "<td>", "<img", "alt=\"Ảnh\"",
                "<figcaption>", "href=\"https://vinhphuc.gov.vn\""}) {
            assertTrue(clean.contains(kept), kept + " in " + clean);
        }
    }
}
