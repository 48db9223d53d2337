package vn.cong.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cong.portal.it.PlatformIT.DAOTRU;
import static vn.cong.portal.it.PlatformIT.VINHTUONG;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The editorial board's workflow: the scheduled chain, 403/409/422, attribution, unpublishing, force-publish and
 * review, the audit of a move. Run from {@link PlatformIT}: one deployment for all.
 */
final class BoardWorkflowChecks {

    private final PortalClient client;
    private final ItemsApi items;

    BoardWorkflowChecks(PortalClient client) {
        this.client = client;
        this.items = new ItemsApi(client);
    }

    void theBoardsChainEndsOnThePublicPageAtTheScheduledTime() {
        String collaborator = client.token(DAOTRU, "congtacvien.daotru");
        String secretariat = client.token(DAOTRU, "thuky.daotru");
        String member = client.token(DAOTRU, "thanhvien.daotru");
        String title = "Tin hẹn giờ đăng " + System.nanoTime();
        long id = items.createItem(collaborator, title);
        assertEquals(200, items.transition(collaborator, id, "SUBMIT").status());
        assertEquals(200, items.transition(secretariat, id, "TAKE").status());
        PortalClient.Reply escalated = items.move(secretariat, id, "{\"action\":\"ESCALATE\",\"field\":\"van-hoa-xa-hoi\"}");
        assertEquals(200, escalated.status(), escalated.body());
        assertEquals("ESCALATED", escalated.json().getString("state"));
        assertEquals("van-hoa-xa-hoi", escalated.json().getString("field"));
        assertEquals(List.of("APPROVE", "REJECT", "RETURN"), actions(member, id), "the field member decides it");
        assertEquals(List.of(), actions(secretariat, id), "the secretariat waits for the member");
        assertEquals(200, items.transition(member, id, "APPROVE").status());

        Instant at = Instant.now().plusSeconds(3);
        PortalClient.Reply scheduled = items.move(secretariat, id, "{\"action\":\"SCHEDULE\",\"scheduledAt\":\""
                + at.atOffset(ZoneOffset.ofHours(7)) + "\"}");
        assertEquals(200, scheduled.status(), scheduled.body());
        assertEquals("SCHEDULED", scheduled.json().getString("state"));
        String path = "/bai-viet/" + items.slugOf(secretariat, id);
        assertEquals(404, client.get(DAOTRU, path, null).status(), "not public before its time");

        assertTrue(Poll.until(Duration.ofSeconds(60), () -> client.get(DAOTRU, path, null).status() == 200),
                "public once its time has come");
        assertFalse(Instant.now().isBefore(at), "not published early");
        JsonObject published = client.get(DAOTRU, "/api/v1/items/" + id, secretariat).json();
        assertEquals("PUBLISHED", published.getString("state"));
        List<String> history = client.get(DAOTRU, "/api/v1/items/" + id + "/history", secretariat).structure()
                .asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(line -> !line.getString("toState", "").isEmpty()) // the moves, not e.g. the royalty line
                .map(line -> line.getString("action") + " " + line.getString("toState", "")).toList();
        assertEquals(List.of("CREATE DRAFT", "SUBMIT SUBMITTED", "TAKE IN_EDIT", "ESCALATE ESCALATED",
                "APPROVE APPROVED", "SCHEDULE SCHEDULED", "RELEASE PUBLISHED"), history);
    }

    void forbiddenActorsGet403IllegalMovesGet409WithTheReasonBadParametersGet422() {
        String editor = client.token(DAOTRU, "bientap.daotru");
        String secretariat = client.token(DAOTRU, "thuky.daotru");
        long id = items.createItem(editor, "Tin kiểm tra quyền " + System.nanoTime());

        PortalClient.Reply early = items.transition(secretariat, id, "TAKE");
        assertEquals(409, early.status());
        assertEquals("Không thể thực hiện TAKE khi tin bài đang ở trạng thái DRAFT.", early.json().getString("message"));
        assertEquals(200, items.transition(editor, id, "SUBMIT").status());
        assertEquals(403, items.transition(editor, id, "TAKE").status(), "the author does not take their own item");
        assertEquals(403, items.transition(client.token(DAOTRU, "truongban.daotru"), id, "TAKE").status(),
                "only the secretariat takes");
        assertEquals(403, items.transition(client.token(VINHTUONG, "thuky.vinhtuong"), id, "TAKE").status(),
                "another unit's secretariat holds nothing here");
        assertEquals(200, items.transition(secretariat, id, "TAKE").status());

        PortalClient.Reply noTarget = items.transition(secretariat, id, "ESCALATE");
        assertEquals(422, noTarget.status());
        assertEquals("workflow.escalate.target-required", noTarget.json().getString("error"));
        assertEquals(422, items.move(secretariat, id, "{\"action\":\"ESCALATE\",\"targetAccount\":\"bientap.daotru\"}")
                .status(), "an editor decides nothing");
        assertEquals(422, items.move(secretariat, id, "{\"action\":\"ESCALATE\",\"field\":\"khong-co\"}").status());
        assertEquals(422, items.move(secretariat, id, "{\"action\":\"REJECT\",\"reason\":\"KHONG_CO\"}").status());
        assertEquals(422, items.move(secretariat, id, "{\"action\":\"FLY\"}").status());
        assertEquals(200, items.transition(secretariat, id, "APPROVE").status());
        assertEquals(422, items.transition(secretariat, id, "SCHEDULE").status());
        PortalClient.Reply badTime = items.move(secretariat, id, "{\"action\":\"SCHEDULE\",\"scheduledAt\":\"2026-11-20 08:00\"}");
        assertEquals(422, badTime.status());
        assertEquals("workflow.schedule.invalid", badTime.json().getString("error"));
        PortalClient.Reply past = items.move(secretariat, id, "{\"action\":\"SCHEDULE\",\"scheduledAt\":\"2020-01-01T08:00:00+07:00\"}");
        assertEquals(422, past.status());
        PortalClient.Reply english = client.postInEnglish(DAOTRU, "/api/v1/items/" + id + "/transitions", secretariat,
                "{\"action\":\"SCHEDULE\",\"scheduledAt\":\"2020-01-01T08:00:00+07:00\"}");
        assertEquals("The publication time must be in the future.", english.json().getString("message"));
        assertEquals(409, items.transition(secretariat, id, "RELEASE").status(), "nothing to release: not scheduled");
        assertEquals(200, items.move(secretariat, id, "{\"action\":\"SCHEDULE\",\"scheduledAt\":\""
                + Instant.now().plusSeconds(3600).atOffset(ZoneOffset.ofHours(7)) + "\"}").status());
        assertEquals(403, items.transition(secretariat, id, "RELEASE").status(), "the scheduler's move is nobody's");
        assertEquals(200, items.transition(secretariat, id, "UNSCHEDULE").status());
    }

    void quotedContentWithoutSourceAuthorAndPermissionIsRefused() {
        String editor = client.token(DAOTRU, "bientap.daotru");
        long category = items.publishedItems(DAOTRU, editor).getJsonObject(0).getJsonNumber("categoryId").longValue();
        String quoted = "{\"categoryId\":" + category + ",\"title\":\"Trích Báo Vĩnh Phúc\",\"body\":\"<p>Trích</p>\","
                + "\"quoted\":true,\"source\":\"Báo Vĩnh Phúc\",\"authorName\":\"Minh Khôi\"";
        PortalClient.Reply refused = client.post(DAOTRU, "/api/v1/items", editor, quoted + "}");
        assertEquals(422, refused.status(), refused.body());
        assertEquals("Nội dung trích dẫn, sử dụng lại phải ghi đủ nguồn, tác giả và số văn bản cho phép của nguồn tin.",
                refused.json().getString("message"));
        PortalClient.Reply created = client.post(DAOTRU, "/api/v1/items", editor,
                quoted + ",\"permissionRef\":\"215/BVP-TS\"}");
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        items.publishThroughTheBoard(editor, id);
        String page = client.get(DAOTRU, "/bai-viet/" + items.slugOf(editor, id), null).body();
        assertTrue(page.contains("Nguồn: Báo Vĩnh Phúc — Minh Khôi (Văn bản cho phép số 215/BVP-TS)"), page);
    }

    void unpublishedItemsAnswer410Or301ToTheirReplacementOrAWithdrawalNotice() {
        String editor = client.token(DAOTRU, "bientap.daotru");
        String secretariat = client.token(DAOTRU, "thuky.daotru");
        long replacement = items.createItem(editor, "Tin tổng hợp thay thế " + System.nanoTime());
        items.publishThroughTheBoard(editor, replacement);

        long inError = items.createItem(editor, "Tin đăng nhầm " + System.nanoTime());
        items.publishThroughTheBoard(editor, inError);
        String inErrorPath = "/bai-viet/" + items.slugOf(editor, inError);
        assertEquals(200, client.get(DAOTRU, inErrorPath, null).status());
        assertEquals(422, items.transition(secretariat, inError, "UNPUBLISH").status(), "a reason is required");
        assertEquals(200, items.move(secretariat, inError, "{\"action\":\"UNPUBLISH\",\"reason\":\"PUBLISHED_IN_ERROR\"}")
                .status());
        PortalClient.Reply gone = client.get(DAOTRU, inErrorPath, null);
        assertEquals(410, gone.status());
        assertTrue(gone.body().contains("Tin bài đã được gỡ bỏ"), gone.body());

        long merged = items.createItem(editor, "Tin đã hợp nhất " + System.nanoTime());
        items.publishThroughTheBoard(editor, merged);
        assertEquals(422, items.move(secretariat, merged, "{\"action\":\"UNPUBLISH\",\"reason\":\"CONSOLIDATED\"}").status(),
                "consolidated needs the replacing item");
        assertEquals(200, items.move(secretariat, merged, "{\"action\":\"UNPUBLISH\",\"reason\":\"CONSOLIDATED\","
                + "\"consolidatedInto\":" + replacement + "}").status());
        PortalClient.Reply moved = client.get(DAOTRU, "/bai-viet/" + items.slugOf(editor, merged), null);
        assertEquals(301, moved.status());
        assertTrue(moved.header("Location").orElse("").endsWith("/bai-viet/" + items.slugOf(editor, replacement)),
                moved.header("Location").orElse("no Location"));

        long withdrawn = items.createItem(editor, "Tin rút lại " + System.nanoTime());
        items.publishThroughTheBoard(editor, withdrawn);
        assertEquals(422, items.move(secretariat, withdrawn, "{\"action\":\"UNPUBLISH\",\"reason\":\"WITHDRAWN\"}").status(),
                "a withdrawal explains itself to readers");
        assertEquals(200, items.move(secretariat, withdrawn, "{\"action\":\"UNPUBLISH\",\"reason\":\"WITHDRAWN\","
                + "\"note\":\"Số liệu đã được cập nhật trong báo cáo quý IV.\"}").status());
        PortalClient.Reply notice = client.get(DAOTRU, "/bai-viet/" + items.slugOf(editor, withdrawn), null);
        assertEquals(200, notice.status());
        assertTrue(notice.body().contains("Tin bài này đã được rút lại ngày"), notice.body());
        assertTrue(notice.body().contains("Số liệu đã được cập nhật trong báo cáo quý IV."));
    }

    void aForcePublishedItemIsNotYetReviewedUntilAnotherBoardMemberReviewsIt() {
        String editor = client.token(DAOTRU, "bientap.daotru");
        String head = client.token(DAOTRU, "truongban.daotru");
        String deputy = client.token(DAOTRU, "photruongban.daotru");
        long id = items.createItem(editor, "Tin khẩn phòng chống bão " + System.nanoTime());
        assertEquals(200, items.transition(editor, id, "SUBMIT").status());
        assertEquals(403, items.move(client.token(DAOTRU, "thuky.daotru"), id,
                "{\"action\":\"FORCE_PUBLISH\",\"note\":\"khẩn\"}").status(), "only the head force-publishes");
        assertEquals(422, items.transition(head, id, "FORCE_PUBLISH").status(), "the urgency is stated");
        PortalClient.Reply forced = items.move(head, id, "{\"action\":\"FORCE_PUBLISH\",\"note\":\"Bão số 3 đổ bộ đêm nay\"}");
        assertEquals(200, forced.status(), forced.body());
        assertTrue(forced.json().getBoolean("reviewPending"));
        assertEquals(200, client.get(DAOTRU, "/bai-viet/" + items.slugOf(head, id), null).status(), "public at once");

        assertEquals(403, items.transition(head, id, "REVIEW").status(), "not by the head who forced it");
        assertEquals(403, items.transition(editor, id, "REVIEW").status(), "not by its author");
        PortalClient.Reply reviewed = items.transition(deputy, id, "REVIEW");
        assertEquals(200, reviewed.status(), reviewed.body());
        assertFalse(reviewed.json().getBoolean("reviewPending"));
        PortalClient.Reply again = items.transition(deputy, id, "REVIEW");
        assertEquals(409, again.status());
        assertEquals("workflow.review.not-pending", again.json().getString("error"));
    }

    void everyMoveIsAuditedWithActorAddressAndWhatChanged() {
        String editor = client.token(DAOTRU, "bientap.daotru");
        String secretariat = client.token(DAOTRU, "thuky.daotru");
        long id = items.createItem(editor, "Tin nhật ký " + System.nanoTime());
        assertEquals(200, items.transition(editor, id, "SUBMIT").status());
        assertEquals(200, items.move(secretariat, id, "{\"action\":\"REJECT\",\"reason\":\"UNKNOWN_SOURCE\","
                + "\"note\":\"Bổ sung nguồn\"}").status());
        List<JsonObject> history = client.get(DAOTRU, "/api/v1/items/" + id + "/history", secretariat).structure()
                .asJsonArray().getValuesAs(JsonObject.class);
        JsonObject rejection = history.get(history.size() - 1);
        assertEquals("REJECT", rejection.getString("action"));
        assertEquals("thuky.daotru", rejection.getString("actor"));
        assertEquals("127.0.0.1", rejection.getString("address"));
        assertEquals("SUBMITTED", rejection.getString("fromState"));
        assertEquals("REJECTED", rejection.getString("toState"));
        assertEquals("reason=UNKNOWN_SOURCE; note=Bổ sung nguồn", rejection.getString("detail"));
        assertTrue(rejection.getString("occurredAt").startsWith(String.valueOf(java.time.Year.now().getValue())));
    }

    private List<String> actions(String token, long id) {
        return client.get(DAOTRU, "/api/v1/items/" + id, token).json().getJsonArray("availableActions")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }
}
