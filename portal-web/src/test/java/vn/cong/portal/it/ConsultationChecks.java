package vn.cong.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cong.portal.it.PlatformIT.DAOTRU;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A consultation on a draft through the portal's own pages, as a browser without script sends them: a comment on a
 * paragraph stays with that paragraph when the draft is revised and republished, bad input is answered in Vietnamese
 * and saves nothing, a comment outside the period is refused with its dates, and reports — one per reporter — hide a
 * comment at the third. Run from {@link PlatformIT}.
 */
final class ConsultationChecks {

    private static final Pattern TOKEN = Pattern.compile("name=\"_form\" value=\"([^\"]+)\"");
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private final PortalClient client;
    private final ItemsApi items;

    ConsultationChecks(PortalClient client, ItemsApi items) {
        this.client = client;
        this.items = items;
    }

    /** A page of the consultation opened from an address of its own: its cookie and form token. */
    private record Opened(String address, String cookie, String token, String body) {
    }

    private static String freshAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "203.0." + (113 + n / 250) + "." + (n % 250 + 1);
    }

    private Opened open(String path) {
        String address = freshAddress();
        PortalClient.Reply page = client.citizen(DAOTRU, path, address, null, null);
        assertEquals(200, page.status(), page.body());
        assertEquals("no-store", page.header("Cache-Control").orElse(""));
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("cong-form="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        Matcher token = TOKEN.matcher(page.body());
        assertTrue(token.find(), "the page carries its form token");
        return new Opened(address, cookie, token.group(1), page.body());
    }

    private static Map<String, String> comment(String token, String name, String email, String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_form", token);
        fields.put("ho-ten", name);
        fields.put("email", email);
        fields.put("gop-y", body);
        return fields;
    }

    private long draftCategory(String token) {
        return items.publishedItems(DAOTRU, token).getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("title").startsWith("Dự thảo Quy định giữ gìn vệ sinh")).findFirst()
                .orElseThrow(() -> new AssertionError("the demo's draft for comment")).getJsonNumber("categoryId")
                .longValue();
    }

    private long publishedDraft(String editor, String title, String body) {
        long category = draftCategory(editor);
        PortalClient.Reply created = client.post(DAOTRU, "/api/v1/items", editor, "{\"categoryId\":" + category
                + ",\"title\":\"" + title + "\",\"summary\":\"Lấy ý kiến nhân dân\",\"body\":\"" + body
                + "\",\"source\":\"UBND xã Đạo Trù\",\"authorName\":\"Văn phòng UBND xã\"}");
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        items.publishThroughTheBoard(editor, id);
        return id;
    }

    private long openConsultation(String secretary, long itemId, LocalDate opensOn) {
        PortalClient.Reply opened = client.post(DAOTRU, "/api/v1/consultations", secretary, "{\"itemId\":" + itemId
                + ",\"opensOn\":\"" + opensOn + "\",\"days\":10,\"receivingUnit\":\"Ủy ban nhân dân xã Đạo Trù\","
                + "\"receivingAddress\":\"Thôn Đồng Giang, xã Đạo Trù\",\"receivingEmail\":\"ubnd.daotru@example.vn\","
                + "\"moderation\":\"POST\",\"reportThreshold\":3}");
        assertEquals(201, opened.status(), opened.body());
        return opened.json().getJsonNumber("id").longValue();
    }

    void aParagraphCommentStaysWithItsParagraphAcrossVersionsAndBadInputSavesNothing() {
        String editor = client.token(DAOTRU, "bientap.daotru");
        String secretary = client.token(DAOTRU, "thuky.daotru");
        String title = "Dự thảo quy chế chợ Đạo Trù " + System.nanoTime();
        long id = publishedDraft(editor, title, "<p>Điều 1. Chợ họp hằng ngày từ 5 giờ đến 18 giờ.</p>"
                + "<p>Điều 2. Người bán hàng nộp phí vệ sinh theo mức Hội đồng nhân dân xã quyết định.</p>");
        long consultation = openConsultation(secretary, id, LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
        String path = "/lay-y-kien/" + items.slugOf(editor, id);

        Opened page = open(path + "?doan=2");
        assertTrue(page.body().contains("Đang lấy ý kiến") && page.body().contains("ubnd.daotru@example.vn"));
        PortalClient.Reply sent = client.citizen(DAOTRU, path + "?doan=2", page.address(), page.cookie(),
                comment(page.token(), "Phạm Thị Mai", "mai.pham@example.vn", "Đề nghị ghi rõ mức phí tối đa."));
        assertEquals(303, sent.status(), sent.body());
        assertTrue(sent.header("Location").orElse("").contains("?doan=2&gui=1"), sent.header("Location").toString());

        Opened again = open(path + "?doan=2");
        PortalClient.Reply refused = client.citizen(DAOTRU, path + "?doan=2", again.address(), again.cookie(),
                comment(again.token(), "Phạm Thị Mai", "không-phải-thư", " "));
        assertEquals(422, refused.status());
        for (String message : java.util.List.of("Hãy ghi nội dung góp ý.", "Địa chỉ thư điện tử không đúng.",
                "Chưa có gì được gửi đi.")) {
            assertTrue(refused.body().contains(message), "says: " + message);
        }
        assertTrue(refused.body().contains("value=\"Phạm Thị Mai\""), "what was typed is kept");
        assertEquals(1, comments(secretary, consultation, null), "the refusal saved nothing");

        long category = draftCategory(editor);
        PortalClient.Reply amended = client.put(DAOTRU, "/api/v1/items/" + id, secretary, "{\"categoryId\":" + category
                + ",\"title\":\"" + title + "\",\"summary\":\"Lấy ý kiến nhân dân\",\"body\":\"<p>Điều 1. Chợ họp hằng"
                + " ngày từ 5 giờ đến 18 giờ.</p><p>Điều 1a. Ban quản lý chợ do Ủy ban nhân dân xã thành lập.</p><p>Điều"
                + " 2. Người bán hàng nộp phí vệ sinh theo mức Hội đồng nhân dân xã quyết định.</p>\",\"source\":"
                + "\"UBND xã Đạo Trù\",\"authorName\":\"Văn phòng UBND xã\",\"major\":true,\"changeNote\":"
                + "\"Bổ sung Điều 1a\"}");
        assertEquals(200, amended.status(), amended.body());
        assertEquals(200, items.transition(secretary, id, "REPUBLISH").status());
        String revised = client.citizen(DAOTRU, path + "?doan=3", freshAddress(), null, null).body();
        assertTrue(revised.contains("Ban quản lý chợ"), "citizens read the new version");
        assertTrue(revised.contains("Đề nghị ghi rõ mức phí tối đa.") && revised.contains("P. T. Mai"),
                "the comment on Điều 2 follows it to paragraph 3, its author masked: " + revised);
        assertFalse(revised.contains("mai.pham@example.vn"), "the e-mail never shows");
        assertTrue(client.citizen(DAOTRU, path + "?doan=2", freshAddress(), null, null).body()
                .contains("Chưa có góp ý nào."), "the new paragraph 2 has none");
    }

    void aCommentOutsideItsPeriodIsRefusedAndTheThirdReporterHidesOne() {
        String editor = client.token(DAOTRU, "bientap.daotru");
        String secretary = client.token(DAOTRU, "thuky.daotru");
        long later = publishedDraft(editor, "Dự thảo chưa mở " + System.nanoTime(), "<p>Điều 1. Nội dung.</p>");
        openConsultation(secretary, later, LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1));
        String laterPath = "/lay-y-kien/" + items.slugOf(editor, later);
        PortalClient.Reply notOpen = client.citizen(DAOTRU, laterPath, freshAddress(), null, null);
        assertEquals(200, notOpen.status());
        assertTrue(notOpen.body().contains("Chưa mở lấy ý kiến") && !notOpen.body().contains("id=\"comment-form\""),
                "no form before the period opens");
        Opened closed = open(QuestionChecks.FORM); // a form token of this browser, as a page left open would have
        PortalClient.Reply early = client.citizen(DAOTRU, laterPath, closed.address(), closed.cookie(),
                comment(closed.token(), "Đỗ Văn Nam", "", "Góp ý sớm."));
        assertEquals(409, early.status());
        assertTrue(early.body().contains("Dự thảo chưa mở lấy ý kiến"), early.body());

        long id = publishedDraft(editor, "Dự thảo quy định đặt tên đường " + System.nanoTime(),
                "<p>Điều 1. Đường liên thôn được đặt tên theo danh nhân địa phương.</p>");
        long consultation = openConsultation(secretary, id, LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
        String path = "/lay-y-kien/" + items.slugOf(editor, id);
        Opened page = open(path);
        assertEquals(303, client.citizen(DAOTRU, path, page.address(), page.cookie(),
                comment(page.token(), "Vũ Văn Hùng", "", "Nội dung không phù hợp với thuần phong mỹ tục.")).status());
        long comment = client.get(DAOTRU, "/api/v1/consultations/" + consultation + "/comments", secretary).json()
                .getJsonArray("rows").stream().map(JsonValue::asJsonObject).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();

        Opened first = open(path);
        for (int i = 0; i < 2; i++) {
            PortalClient.Reply report = client.citizen(DAOTRU, path, first.address(), first.cookie(),
                    Map.of("_form", first.token(), "bao-cao", String.valueOf(comment)));
            assertEquals(200, report.status(), report.body());
        }
        Opened second = open(path);
        assertEquals(200, client.citizen(DAOTRU, path, second.address(), second.cookie(),
                Map.of("_form", second.token(), "bao-cao", String.valueOf(comment))).status());
        assertTrue(client.citizen(DAOTRU, path, freshAddress(), null, null).body().contains("comment-" + comment),
                "two reporters (one of them twice) do not hide it");
        Opened third = open(path);
        assertEquals(200, client.citizen(DAOTRU, path, third.address(), third.cookie(),
                Map.of("_form", third.token(), "bao-cao", String.valueOf(comment))).status());
        assertFalse(client.citizen(DAOTRU, path, freshAddress(), null, null).body().contains("comment-" + comment),
                "the third reporter hides it");
        assertEquals(1, comments(secretary, consultation, "HIDDEN"), "the board sees it hidden, to decide");
    }

    private long comments(String token, long consultation, String state) {
        PortalClient.Reply reply = client.get(DAOTRU, "/api/v1/consultations/" + consultation + "/comments"
                + (state == null ? "" : "?state=" + state), token);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonNumber("total").longValue();
    }
}
