package vn.cong.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cong.portal.it.PlatformIT.DAOTRU;
import static vn.cong.portal.it.PlatformIT.VINHTUONG;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Revisions and their diff, an amendment unseen until republished, notifications in the back office and by e-mail,
 * the inbox with due times and bulk moves. Run from {@link PlatformIT}: one deployment for all.
 */
final class InboxAndRevisionChecks {

    private final PortalClient client;
    private final ItemsApi items;
    private final GreenMail smtp;

    InboxAndRevisionChecks(PortalClient client, GreenMail smtp) {
        this.client = client;
        this.items = new ItemsApi(client);
        this.smtp = smtp;
    }

    void revisionsAndTheirDiffAreReadThroughTheApiAndAnAmendmentStaysUnseenUntilRepublished() {
        String editor = client.token(DAOTRU, "bientap.daotru");
        String secretariat = client.token(DAOTRU, "thuky.daotru");
        String title = "Lễ hội đền Tây Thiên " + System.nanoTime();
        long id = items.createItem(editor, title);
        long category = client.get(DAOTRU, "/api/v1/items/" + id, editor).json().getJsonNumber("categoryId").longValue();
        assertEquals(200, client.put(DAOTRU, "/api/v1/items/" + id, editor, draft(category, title,
                "<p>Khai mạc ngày 15 tháng Giêng.</p>", null, false)).status());
        items.publishThroughTheBoard(editor, id);
        String path = "/bai-viet/" + items.slugOf(editor, id);

        PortalClient.Reply noNote = client.put(DAOTRU, "/api/v1/items/" + id, secretariat, draft(category, title,
                "<p>Khai mạc ngày 20 tháng Giêng.</p>", null, true));
        assertEquals(422, noNote.status(), noNote.body());
        assertEquals("revision.note.required", noNote.json().getString("error"));
        assertEquals(403, client.put(DAOTRU, "/api/v1/items/" + id, editor, draft(category, title,
                "<p>Tác giả sửa bài đã đăng.</p>", null, false)).status(), "the author does not amend a published item");
        PortalClient.Reply amended = client.put(DAOTRU, "/api/v1/items/" + id, secretariat, draft(category, title,
                "<p>Khai mạc ngày 20 tháng Giêng.</p>", "Lùi ngày khai mạc theo thông báo của UBND huyện", true));
        assertEquals(200, amended.status(), amended.body());
        assertTrue(amended.json().getBoolean("amendmentPending"));
        assertTrue(amended.json().getString("body").contains("15 tháng Giêng"), "the item shows what citizens read");
        String before = client.get(DAOTRU, path, null).body();
        assertTrue(before.contains("15 tháng Giêng") && !before.contains("20 tháng Giêng"),
                "citizens see the published revision only");

        List<JsonObject> revisions = client.get(DAOTRU, "/api/v1/items/" + id + "/revisions", secretariat).structure()
                .asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(List.of(1, 2, 3), revisions.stream().map(r -> r.getInt("number")).toList());
        assertTrue(revisions.get(1).containsKey("publishedAt"), "revision 2 is the published one");
        assertFalse(revisions.get(2).containsKey("publishedAt"), "revision 3 is the working one (null: left out)");
        assertEquals("thuky.daotru", revisions.get(2).getString("savedBy"));
        assertTrue(revisions.get(2).getBoolean("major"));

        JsonObject diff = client.get(DAOTRU, "/api/v1/items/" + id + "/revisions/2/diff/3", editor).json();
        JsonObject body = diff.getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("field").equals("body")).findFirst().orElseThrow();
        assertTrue(body.getBoolean("changed"));
        List<String> runs = body.getJsonArray("segments").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("change") + ":" + r.getString("text")).toList();
        assertTrue(runs.contains("DELETED:15") && runs.contains("INSERTED:20"), runs.toString());
        assertTrue(runs.contains("KEPT:<p>"), "tags stay readable: " + runs);
        assertFalse(diff.getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("field").equals("title")).findFirst().orElseThrow().getBoolean("changed"));
        assertEquals(404, client.get(DAOTRU, "/api/v1/items/" + id + "/revisions/2/diff/99", editor).status());
        assertEquals(403, client.get(DAOTRU, "/api/v1/items/" + id + "/revisions",
                client.token(VINHTUONG, "bientap.vinhtuong")).status());

        assertEquals(200, items.transition(secretariat, id, "REPUBLISH").status());
        assertEquals(409, items.transition(secretariat, id, "REPUBLISH").status(), "nothing left to republish");
        String after = client.get(DAOTRU, path, null).body();
        assertTrue(after.contains("20 tháng Giêng"), after);
        assertTrue(after.contains("Cập nhật ngày ") && after.contains("Lùi ngày khai mạc theo thông báo của UBND huyện"),
                "the change note, under the article: " + after);
        assertTrue(client.get("english." + DAOTRU, path, null).body().contains("Updated on "),
                "in English on the English channel");
    }

    void aRejectionNotifiesTheAuthorInTheBackOfficeAndByEmail() throws Exception {
        String editor = client.token(DAOTRU, "bientap.daotru");
        String secretariat = client.token(DAOTRU, "thuky.daotru");
        String title = "Tin chưa rõ nguồn " + System.nanoTime();
        long id = items.createItem(editor, title);
        assertEquals(200, items.transition(editor, id, "SUBMIT").status());
        JsonObject submitted = latestNotification(secretariat, title);
        assertEquals("item.submitted", submitted.getString("kind"));
        assertTrue(submitted.getString("message").contains("Hạn biên tập:"), submitted.toString());

        assertEquals(200, items.move(secretariat, id, "{\"action\":\"REJECT\",\"reason\":\"UNKNOWN_SOURCE\","
                + "\"note\":\"Đề nghị ghi rõ nguồn tin.\"}").status());
        JsonObject rejected = latestNotification(editor, title);
        assertEquals("item.rejected", rejected.getString("kind"));
        assertEquals("Tin bài “" + title + "” bị từ chối. Lý do: Không rõ nguồn gốc. Ghi chú: Đề nghị ghi rõ nguồn tin.",
                rejected.getString("message"));
        assertEquals("/admin/item-view.xhtml?id=" + id, rejected.getString("link"));
        assertFalse(rejected.getBoolean("read"));
        long notification = rejected.getJsonNumber("id").longValue();
        assertEquals(404, client.post(DAOTRU, "/api/v1/notifications/" + notification + "/read", secretariat, null)
                .status(), "nobody else's to mark");
        assertTrue(client.post(DAOTRU, "/api/v1/notifications/" + notification + "/read", editor, null).json()
                .getBoolean("read"));

        String to = "bientap.daotru@demo.cong.localhost";
        assertTrue(Poll.until(Duration.ofSeconds(60), () -> mailTo(to, title) != null), "the author is e-mailed");
        MimeMessage mail = mailTo(to, title);
        assertTrue(mail.getSubject().startsWith("[Xã Đạo Trù] Tin bài “" + title + "” bị từ chối."), mail.getSubject());
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        String text = (String) parts.getBodyPart(0).getContent();
        assertTrue(text.indexOf("bị từ chối") < text.indexOf("was rejected. Reason: Unknown source."), text);
        assertTrue(text.contains("/admin/item-view.xhtml?id=" + id), text);
        assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
    }

    void theSecretariatsInboxShowsDueTimesAndABulkTakeMovesEachItemOnItsOwn() {
        String editor = client.token(DAOTRU, "bientap.daotru");
        String secretariat = client.token(DAOTRU, "thuky.daotru");
        long first = items.createItem(editor, "Tin nhận hàng loạt một " + System.nanoTime());
        long second = items.createItem(editor, "Tin nhận hàng loạt hai " + System.nanoTime());
        long draft = items.createItem(editor, "Tin còn nháp " + System.nanoTime());
        assertEquals(200, items.transition(editor, first, "SUBMIT").status());
        assertEquals(200, items.transition(editor, second, "SUBMIT").status());

        List<JsonObject> waiting = inboxSection(secretariat, "submitted");
        JsonObject row = waiting.stream().filter(r -> r.getJsonNumber("itemId").longValue() == first).findFirst()
                .orElseThrow(() -> new AssertionError("not in the inbox: " + waiting));
        assertEquals("RECEIVED", row.getString("waiting"));
        assertTrue(Instant.parse(row.getString("due")).isAfter(Instant.parse(row.getString("since"))), row.toString());
        List<Instant> dues = waiting.stream().map(r -> Instant.parse(r.getString("due"))).toList();
        assertEquals(dues.stream().sorted().toList(), dues, "oldest-due first");

        String ids = "[" + first + "," + second + "," + draft + "]";
        List<JsonObject> refused = client.post(DAOTRU, "/api/v1/items/bulk-transitions", editor,
                "{\"itemIds\":" + ids + ",\"action\":\"TAKE\"}").structure().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(List.of(403, 403, 409), refused.stream().map(o -> o.getInt("status")).toList());
        List<JsonObject> outcomes = client.post(DAOTRU, "/api/v1/items/bulk-transitions", secretariat,
                "{\"itemIds\":" + ids + ",\"action\":\"TAKE\"}").structure().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(List.of(200, 200, 409), outcomes.stream().map(o -> o.getInt("status")).toList(),
                "the draft is refused, the others are taken: " + outcomes);
        assertEquals("IN_EDIT", outcomes.get(0).getString("state"));
        assertEquals("workflow.illegal", outcomes.get(2).getString("error"));
        assertEquals("IN_EDIT", client.get(DAOTRU, "/api/v1/items/" + second, secretariat).json().getString("state"));
        assertEquals("DRAFT", client.get(DAOTRU, "/api/v1/items/" + draft, editor).json().getString("state"));
        assertEquals(422, client.post(DAOTRU, "/api/v1/items/bulk-transitions", secretariat,
                "{\"itemIds\":[],\"action\":\"TAKE\"}").status());
    }

    private List<JsonObject> inboxSection(String token, String section) {
        return client.get(DAOTRU, "/api/v1/inbox", token).structure().asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(s -> s.getString("id").equals(section)).findFirst()
                .map(s -> s.getJsonArray("rows").getValuesAs(JsonObject.class)).orElse(List.of());
    }

    private JsonObject latestNotification(String token, String about) {
        return client.get(DAOTRU, "/api/v1/notifications", token).structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(n -> n.getString("message").contains(about)).findFirst()
                .orElseThrow(() -> new AssertionError("no notification about " + about));
    }

    private MimeMessage mailTo(String address, String about) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address))
                        && m.getSubject().contains(about);
            } catch (jakarta.mail.MessagingException e) {
                throw new AssertionError(e);
            }
        }).findFirst().orElse(null);
    }

    private static String draft(long category, String title, String body, String note, boolean major) {
        return "{\"categoryId\":" + category + ",\"title\":\"" + title + "\",\"summary\":\"Tóm tắt\",\"body\":\""
                + body + "\",\"source\":\"UBND xã Đạo Trù\",\"authorName\":\"Thu Hà\",\"major\":" + major
                + (note == null ? "" : ",\"changeNote\":\"" + note + "\"") + "}";
    }
}
