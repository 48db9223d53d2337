package vn.cong.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A notice: a dotted kind, a key of its feature's bundle with text arguments, a link on the unit's own host. */
class NoticeTest {

    @Test
    void itIsReadInTheLanguageOfWhoeverOpensItFromItsStoredKeyAndArguments() {
        Notice notice = Notice.of("item.published", "vn.cong.inbox.notices", "item.published", "Tin “Đạo Trù”")
                .linkingTo("/admin/item-view.xhtml?id=5");
        Notification stored = new Notification(7, notice, Instant.parse("2026-11-18T03:00:00Z"));
        assertEquals(notice, stored.notice(), "kept as key and JSON arguments");
        assertEquals("Tin bài “Tin “Đạo Trù”” đã được đăng.", stored.message("vi"));
        assertEquals("“Tin “Đạo Trù”” was published.", stored.message("en"));
    }

    @Test
    void kindsAreDottedCodesAndLinksStayOnTheUnitsHost() {
        assertThrows(IllegalArgumentException.class, () -> Notice.of("Rejected", "b", "k"));
        assertThrows(IllegalArgumentException.class, () -> Notice.of("item.x", "b", "k").linkingTo("https://evil.vn/"));
        assertThrows(IllegalArgumentException.class, () -> Notice.of("item.x", "b", "k").linkingTo("//evil.vn/"));
        assertEquals("compliance.obligation-due", Notice.of("compliance.obligation-due", "b", "k").kind());
    }

    @Test
    void aLongArgumentIsCut() {
        Notice notice = new Notice("item.rejected", "b", "k", List.of("x".repeat(5000)), null);
        assertEquals(Notice.MAX_ARGUMENT, notice.arguments().get(0).length());
    }
}
