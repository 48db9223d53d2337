package vn.cong.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole platform on a real Payara Micro and a real MariaDB (through Connector/J), spoken to over HTTP as
 * portals, back-office clients and machine clients do. One deployment for all, to keep Payara boots few;
 * every test makes its own data, so the order does not matter.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformIT {

    static final String VINHPHUC = "vinhphuc.localhost";
    static final String TAMDAO = "tamdao.vinhphuc.localhost";
    static final String DAOTRU = "daotru.tamdao.vinhphuc.localhost";
    static final String VINHTUONG = "vinhtuong.vinhphuc.localhost";

    @ArquillianResource
    URL base;

    PortalClient client;

    @Deployment(testable = false)
    static WebArchive platform() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(new File("target/portal.war"))
                .as(WebArchive.class);
    }

    @BeforeEach
    void connect() {
        client = new PortalClient(base.getPort());
    }

    @Test
    void healthIncludesTheDatabase() {
        PortalClient.Reply health = client.get(VINHPHUC, "/health", null);
        assertEquals(200, health.status(), health.body());
        assertTrue(health.body().contains("database"), health.body());
    }

    @Test
    void anUnknownHostGetsAVietnamese404() {
        PortalClient.Reply reply = client.get("khongco.localhost", "/", null);
        assertEquals(404, reply.status());
        assertTrue(reply.body().contains("Không tìm thấy cổng thông tin"), reply.body());
    }

    @Test
    void aWrongPasswordGetsNoToken() {
        PortalClient.Reply reply = client.post(VINHPHUC, "/api/v1/auth/token", null,
                "{\"username\":\"bientap.daotru\",\"password\":\"sai-mat-khau-1\"}");
        assertEquals(401, reply.status());
        assertEquals("Tên đăng nhập hoặc mật khẩu không đúng.", reply.json().getString("message"));
    }

    @Test
    void theDicAdministratorOpensACommunePortalThatAnswersAtOnce() {
        String dic = client.token(VINHPHUC, "qtri.sotttt");
        long tamDao = unitIdOf(TAMDAO, "admin.tamdao.vinhphuc");
        PortalClient.Reply created = client.post(VINHPHUC, "/api/v1/units", dic, "{\"parentId\":" + tamDao
                + ",\"level\":\"COMMUNE\",\"officialName\":\"Xã Đại Đình\",\"admin\":{\"password\":\"DaiDinh2026x\"}}");
        assertEquals(201, created.status(), created.body());
        assertEquals("daidinh.tamdao.vinhphuc.localhost", created.json().getString("hostname"));

        assertEquals(200, client.get("daidinh.tamdao.vinhphuc.localhost", "/", null).status());
        PortalClient.Reply token = client.post("daidinh.tamdao.vinhphuc.localhost", "/api/v1/auth/token", null,
                "{\"username\":\"admin.daidinh.tamdao.vinhphuc\",\"password\":\"DaiDinh2026x\"}");
        assertEquals(200, token.status(), token.body());

        PortalClient.Reply again = client.post(VINHPHUC, "/api/v1/units", dic, "{\"parentId\":" + tamDao
                + ",\"level\":\"COMMUNE\",\"officialName\":\"Xã Đại Đình\"}");
        assertEquals(409, again.status(), again.body());
    }

    @Test
    void provisioningRefusalsAreExplainedInVietnameseAndEnglish() {
        String dic = client.token(VINHPHUC, "qtri.sotttt");
        String unknownParent = "{\"parentId\":987654,\"level\":\"COMMUNE\",\"officialName\":\"Xã Mới\"}";
        PortalClient.Reply vi = client.post(VINHPHUC, "/api/v1/units", dic, unknownParent);
        assertEquals(404, vi.status());
        assertEquals("Không tìm thấy đơn vị cấp trên (mã 987654).", vi.json().getString("message"));
        PortalClient.Reply en = client.postInEnglish(VINHPHUC, "/api/v1/units", dic, unknownParent);
        assertEquals("Parent unit not found (id 987654).", en.json().getString("message"));

        long daoTru = unitIdOf(DAOTRU, "admin.daotru.tamdao.vinhphuc");
        PortalClient.Reply underCommune = client.post(VINHPHUC, "/api/v1/units", dic,
                "{\"parentId\":" + daoTru + ",\"level\":\"COMMUNE\",\"officialName\":\"Xã Con\"}");
        assertEquals(422, underCommune.status());

        String editor = client.token(DAOTRU, "bientap.daotru");
        PortalClient.Reply notAllowed = client.post(VINHPHUC, "/api/v1/units", editor,
                "{\"parentId\":" + daoTru + ",\"level\":\"COMMUNE\",\"officialName\":\"Xã Con\"}");
        assertEquals(403, notAllowed.status());
    }

    @Test
    void anItemGoesThroughTheWorkflowWithTheSameRulesAsTheBackOffice() {
        String editor = client.token(DAOTRU, "bientap.daotru");
        String secretariat = client.token(DAOTRU, "thuky.daotru");
        String title = "Đạo Trù khánh thành nhà văn hóa thôn — ỗ ữ ặ " + System.nanoTime();
        long id = createItem(editor, Normalizer.normalize(title, Normalizer.Form.NFD));
        JsonObject created = client.get(DAOTRU, "/api/v1/items/" + id, editor).json();
        assertEquals(title, created.getString("title"), "stored NFC");

        assertEquals(200, transition(editor, id, "SUBMIT").status());
        PortalClient.Reply ownTake = transition(editor, id, "TAKE");
        assertEquals(403, ownTake.status(), ownTake.body());
        assertEquals(200, transition(secretariat, id, "TAKE").status());
        assertEquals(200, transition(secretariat, id, "APPROVE").status());
        assertEquals(200, transition(secretariat, id, "PUBLISH").status());
        PortalClient.Reply again = transition(secretariat, id, "PUBLISH");
        assertEquals(409, again.status());
        assertTrue(again.json().getString("message").contains("PUBLISHED"));

        String page = client.get(DAOTRU, "/bai-viet/" + client.get(DAOTRU, "/api/v1/items/" + id, editor)
                .json().getString("slug"), null).body();
        assertTrue(page.contains(title), "the commune's public page shows it");
        assertFalse(client.get(VINHTUONG, "/", null).body().contains(title), "another unit's portal does not");
    }

    @Test
    void aRejectionNeedsAReasonFromTheRegulationsList() {
        String editor = client.token(DAOTRU, "bientap.daotru");
        String secretariat = client.token(DAOTRU, "thuky.daotru");
        long id = createItem(editor, "Tin cần xác minh " + System.nanoTime());
        transition(editor, id, "SUBMIT");
        assertEquals(422, transition(secretariat, id, "REJECT").status());
        PortalClient.Reply rejected = client.post(DAOTRU, "/api/v1/items/" + id + "/transitions", secretariat,
                "{\"action\":\"REJECT\",\"reason\":\"UNKNOWN_SOURCE\",\"note\":\"Bổ sung nguồn tin\"}");
        assertEquals(200, rejected.status(), rejected.body());
        assertEquals("REJECTED", rejected.json().getString("state"));
        assertEquals("Bổ sung nguồn tin", rejected.json().getString("rejectionNote"));
    }

    @Test
    void invalidItemsAreRefusedWithFieldMessages() {
        String editor = client.token(DAOTRU, "bientap.daotru");
        PortalClient.Reply reply = client.post(DAOTRU, "/api/v1/items", editor, "{\"title\":\"\",\"body\":\"\"}");
        assertEquals(422, reply.status(), reply.body());
        assertTrue(reply.json().getString("message").contains("Tiêu đề không được để trống."), reply.body());
        assertEquals(400, client.post(DAOTRU, "/api/v1/items", editor, "{not json").status());
    }

    @Test
    void aMemberOfAnotherUnitGets403HereAnd404ForThisUnitsItemsThere() {
        String editor = client.token(DAOTRU, "bientap.daotru");
        long id = createItem(editor, "Tin nội bộ Đạo Trù " + System.nanoTime());
        String outsider = client.token(VINHTUONG, "bientap.vinhtuong");
        assertEquals(403, client.get(DAOTRU, "/api/v1/items/" + id, outsider).status());
        assertEquals(404, client.get(VINHTUONG, "/api/v1/items/" + id, outsider).status());
        assertEquals(401, client.get(DAOTRU, "/api/v1/items/" + id, null).status());
    }

    @Test
    void theMonthlyReportRollsTheCommuneUpTheTree() {
        String dic = client.token(VINHPHUC, "qtri.sotttt");
        long vinhPhuc = unitIdOf(VINHPHUC, "admin.vinhphuc");
        String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        String query = "/api/v1/reports/monthly?unit=" + vinhPhuc + "&month=" + month + "&subtree=true";
        JsonObject before = client.get(VINHPHUC, query, dic).json();

        String editor = client.token(DAOTRU, "bientap.daotru");
        long id = createItem(editor, "Tin báo cáo tháng " + System.nanoTime());
        publishThroughTheBoard(editor, id);

        JsonObject after = client.get(VINHPHUC, query, dic).json();
        assertEquals(before.getInt("subtreeTotal") + 1, after.getInt("subtreeTotal"));
        assertEquals(before.getInt("published"), after.getInt("published"), "the province itself published nothing");
        JsonObject tamDao = child(after, "Huyện Tam Đảo");
        assertEquals(child(before, "Huyện Tam Đảo").getInt("subtreeTotal") + 1, tamDao.getInt("subtreeTotal"));
        int sum = after.getInt("published");
        for (JsonObject c : after.getJsonArray("children").getValuesAs(JsonObject.class)) {
            sum += c.getInt("subtreeTotal");
        }
        assertEquals(sum, after.getInt("subtreeTotal"));

        String outsider = client.token(VINHTUONG, "bientap.vinhtuong");
        assertEquals(403, client.get(VINHPHUC, query, outsider).status());
        assertEquals(422, client.get(VINHPHUC, query.replace(month, "2026-13"), dic).status());
    }

    @Test
    void theBoardsChainEndsOnThePublicPageAtTheScheduledTime() {
        String collaborator = client.token(DAOTRU, "congtacvien.daotru");
        String secretariat = client.token(DAOTRU, "thuky.daotru");
        String member = client.token(DAOTRU, "thanhvien.daotru");
        String title = "Tin hẹn giờ đăng " + System.nanoTime();
        long id = createItem(collaborator, title);
        assertEquals(200, transition(collaborator, id, "SUBMIT").status());
        assertEquals(200, transition(secretariat, id, "TAKE").status());
        PortalClient.Reply escalated = move(secretariat, id, "{\"action\":\"ESCALATE\",\"field\":\"van-hoa-xa-hoi\"}");
        assertEquals(200, escalated.status(), escalated.body());
        assertEquals("ESCALATED", escalated.json().getString("state"));
        assertEquals("van-hoa-xa-hoi", escalated.json().getString("field"));
        assertEquals(List.of("APPROVE", "REJECT", "RETURN"), actions(member, id), "the field member decides it");
        assertEquals(List.of(), actions(secretariat, id), "the secretariat waits for the member");
        assertEquals(200, transition(member, id, "APPROVE").status());

        Instant at = Instant.now().plusSeconds(3);
        PortalClient.Reply scheduled = move(secretariat, id, "{\"action\":\"SCHEDULE\",\"scheduledAt\":\""
                + at.atOffset(ZoneOffset.ofHours(7)) + "\"}");
        assertEquals(200, scheduled.status(), scheduled.body());
        assertEquals("SCHEDULED", scheduled.json().getString("state"));
        String path = "/bai-viet/" + slugOf(secretariat, id);
        assertEquals(404, client.get(DAOTRU, path, null).status(), "not public before its time");

        assertTrue(Poll.until(Duration.ofSeconds(60), () -> client.get(DAOTRU, path, null).status() == 200),
                "public once its time has come");
        assertFalse(Instant.now().isBefore(at), "not published early");
        JsonObject published = client.get(DAOTRU, "/api/v1/items/" + id, secretariat).json();
        assertEquals("PUBLISHED", published.getString("state"));
        List<String> history = client.get(DAOTRU, "/api/v1/items/" + id + "/history", secretariat).structure()
                .asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(line -> line.getString("action") + " " + line.getString("toState", "")).toList();
        assertEquals(List.of("CREATE DRAFT", "SUBMIT SUBMITTED", "TAKE IN_EDIT", "ESCALATE ESCALATED",
                "APPROVE APPROVED", "SCHEDULE SCHEDULED", "RELEASE PUBLISHED"), history);
    }

    @Test
    void forbiddenActorsGet403IllegalMovesGet409WithTheReasonBadParametersGet422() {
        String editor = client.token(DAOTRU, "bientap.daotru");
        String secretariat = client.token(DAOTRU, "thuky.daotru");
        long id = createItem(editor, "Tin kiểm tra quyền " + System.nanoTime());

        PortalClient.Reply early = transition(secretariat, id, "TAKE");
        assertEquals(409, early.status());
        assertEquals("Không thể thực hiện TAKE khi tin bài đang ở trạng thái DRAFT.", early.json().getString("message"));
        assertEquals(200, transition(editor, id, "SUBMIT").status());
        assertEquals(403, transition(editor, id, "TAKE").status(), "the author does not take their own item");
        assertEquals(403, transition(client.token(DAOTRU, "truongban.daotru"), id, "TAKE").status(),
                "only the secretariat takes");
        assertEquals(403, transition(client.token(VINHTUONG, "thuky.vinhtuong"), id, "TAKE").status(),
                "another unit's secretariat holds nothing here");
        assertEquals(200, transition(secretariat, id, "TAKE").status());

        PortalClient.Reply noTarget = transition(secretariat, id, "ESCALATE");
        assertEquals(422, noTarget.status());
        assertEquals("workflow.escalate.target-required", noTarget.json().getString("error"));
        assertEquals(422, move(secretariat, id, "{\"action\":\"ESCALATE\",\"targetAccount\":\"bientap.daotru\"}")
                .status(), "an editor decides nothing");
        assertEquals(422, move(secretariat, id, "{\"action\":\"ESCALATE\",\"field\":\"khong-co\"}").status());
        assertEquals(422, move(secretariat, id, "{\"action\":\"REJECT\",\"reason\":\"KHONG_CO\"}").status());
        assertEquals(422, move(secretariat, id, "{\"action\":\"FLY\"}").status());
        assertEquals(200, transition(secretariat, id, "APPROVE").status());
        assertEquals(422, transition(secretariat, id, "SCHEDULE").status());
        PortalClient.Reply badTime = move(secretariat, id, "{\"action\":\"SCHEDULE\",\"scheduledAt\":\"2026-11-20 08:00\"}");
        assertEquals(422, badTime.status());
        assertEquals("workflow.schedule.invalid", badTime.json().getString("error"));
        PortalClient.Reply past = move(secretariat, id, "{\"action\":\"SCHEDULE\",\"scheduledAt\":\"2020-01-01T08:00:00+07:00\"}");
        assertEquals(422, past.status());
        PortalClient.Reply english = client.postInEnglish(DAOTRU, "/api/v1/items/" + id + "/transitions", secretariat,
                "{\"action\":\"SCHEDULE\",\"scheduledAt\":\"2020-01-01T08:00:00+07:00\"}");
        assertEquals("The publication time must be in the future.", english.json().getString("message"));
        assertEquals(409, transition(secretariat, id, "RELEASE").status(), "nothing to release: not scheduled");
        assertEquals(200, move(secretariat, id, "{\"action\":\"SCHEDULE\",\"scheduledAt\":\""
                + Instant.now().plusSeconds(3600).atOffset(ZoneOffset.ofHours(7)) + "\"}").status());
        assertEquals(403, transition(secretariat, id, "RELEASE").status(), "the scheduler's move is nobody's");
        assertEquals(200, transition(secretariat, id, "UNSCHEDULE").status());
    }

    @Test
    void quotedContentWithoutSourceAuthorAndPermissionIsRefused() {
        String editor = client.token(DAOTRU, "bientap.daotru");
        long category = publishedItems(DAOTRU, editor).getJsonObject(0).getJsonNumber("categoryId").longValue();
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
        publishThroughTheBoard(editor, id);
        String page = client.get(DAOTRU, "/bai-viet/" + slugOf(editor, id), null).body();
        assertTrue(page.contains("Nguồn: Báo Vĩnh Phúc — Minh Khôi (Văn bản cho phép số 215/BVP-TS)"), page);
    }

    @Test
    void unpublishedItemsAnswer410Or301ToTheirReplacementOrAWithdrawalNotice() {
        String editor = client.token(DAOTRU, "bientap.daotru");
        String secretariat = client.token(DAOTRU, "thuky.daotru");
        long replacement = createItem(editor, "Tin tổng hợp thay thế " + System.nanoTime());
        publishThroughTheBoard(editor, replacement);

        long inError = createItem(editor, "Tin đăng nhầm " + System.nanoTime());
        publishThroughTheBoard(editor, inError);
        String inErrorPath = "/bai-viet/" + slugOf(editor, inError);
        assertEquals(200, client.get(DAOTRU, inErrorPath, null).status());
        assertEquals(422, transition(secretariat, inError, "UNPUBLISH").status(), "a reason is required");
        assertEquals(200, move(secretariat, inError, "{\"action\":\"UNPUBLISH\",\"reason\":\"PUBLISHED_IN_ERROR\"}")
                .status());
        PortalClient.Reply gone = client.get(DAOTRU, inErrorPath, null);
        assertEquals(410, gone.status());
        assertTrue(gone.body().contains("Tin bài đã được gỡ bỏ"), gone.body());

        long merged = createItem(editor, "Tin đã hợp nhất " + System.nanoTime());
        publishThroughTheBoard(editor, merged);
        assertEquals(422, move(secretariat, merged, "{\"action\":\"UNPUBLISH\",\"reason\":\"CONSOLIDATED\"}").status(),
                "consolidated needs the replacing item");
        assertEquals(200, move(secretariat, merged, "{\"action\":\"UNPUBLISH\",\"reason\":\"CONSOLIDATED\","
                + "\"consolidatedInto\":" + replacement + "}").status());
        PortalClient.Reply moved = client.get(DAOTRU, "/bai-viet/" + slugOf(editor, merged), null);
        assertEquals(301, moved.status());
        assertTrue(moved.header("Location").endsWith("/bai-viet/" + slugOf(editor, replacement)), moved.header("Location"));

        long withdrawn = createItem(editor, "Tin rút lại " + System.nanoTime());
        publishThroughTheBoard(editor, withdrawn);
        assertEquals(422, move(secretariat, withdrawn, "{\"action\":\"UNPUBLISH\",\"reason\":\"WITHDRAWN\"}").status(),
                "a withdrawal explains itself to readers");
        assertEquals(200, move(secretariat, withdrawn, "{\"action\":\"UNPUBLISH\",\"reason\":\"WITHDRAWN\","
                + "\"note\":\"Số liệu đã được cập nhật trong báo cáo quý IV.\"}").status());
        PortalClient.Reply notice = client.get(DAOTRU, "/bai-viet/" + slugOf(editor, withdrawn), null);
        assertEquals(200, notice.status());
        assertTrue(notice.body().contains("Tin bài này đã được rút lại ngày"), notice.body());
        assertTrue(notice.body().contains("Số liệu đã được cập nhật trong báo cáo quý IV."));
    }

    @Test
    void aForcePublishedItemIsNotYetReviewedUntilAnotherBoardMemberReviewsIt() {
        String editor = client.token(DAOTRU, "bientap.daotru");
        String head = client.token(DAOTRU, "truongban.daotru");
        String deputy = client.token(DAOTRU, "photruongban.daotru");
        long id = createItem(editor, "Tin khẩn phòng chống bão " + System.nanoTime());
        assertEquals(200, transition(editor, id, "SUBMIT").status());
        assertEquals(403, move(client.token(DAOTRU, "thuky.daotru"), id,
                "{\"action\":\"FORCE_PUBLISH\",\"note\":\"khẩn\"}").status(), "only the head force-publishes");
        assertEquals(422, transition(head, id, "FORCE_PUBLISH").status(), "the urgency is stated");
        PortalClient.Reply forced = move(head, id, "{\"action\":\"FORCE_PUBLISH\",\"note\":\"Bão số 3 đổ bộ đêm nay\"}");
        assertEquals(200, forced.status(), forced.body());
        assertTrue(forced.json().getBoolean("reviewPending"));
        assertEquals(200, client.get(DAOTRU, "/bai-viet/" + slugOf(head, id), null).status(), "public at once");

        assertEquals(403, transition(head, id, "REVIEW").status(), "not by the head who forced it");
        assertEquals(403, transition(editor, id, "REVIEW").status(), "not by its author");
        PortalClient.Reply reviewed = transition(deputy, id, "REVIEW");
        assertEquals(200, reviewed.status(), reviewed.body());
        assertFalse(reviewed.json().getBoolean("reviewPending"));
        PortalClient.Reply again = transition(deputy, id, "REVIEW");
        assertEquals(409, again.status());
        assertEquals("workflow.review.not-pending", again.json().getString("error"));
    }

    @Test
    void everyMoveIsAuditedWithActorAddressAndWhatChanged() {
        String editor = client.token(DAOTRU, "bientap.daotru");
        String secretariat = client.token(DAOTRU, "thuky.daotru");
        long id = createItem(editor, "Tin nhật ký " + System.nanoTime());
        assertEquals(200, transition(editor, id, "SUBMIT").status());
        assertEquals(200, move(secretariat, id, "{\"action\":\"REJECT\",\"reason\":\"UNKNOWN_SOURCE\","
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

    private static JsonObject child(JsonObject report, String name) {
        JsonArray children = report.getJsonArray("children");
        return children.getValuesAs(JsonObject.class).stream().filter(c -> c.getString("unitName").equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(name + " missing in " + report));
    }

    private long createItem(String token, String title) {
        long category = publishedItems(DAOTRU, token).getJsonObject(0).getJsonNumber("categoryId").longValue();
        PortalClient.Reply created = client.post(DAOTRU, "/api/v1/items", token, "{\"categoryId\":" + category
                + ",\"title\":\"" + title + "\",\"summary\":\"Tóm tắt\",\"body\":\"<p>Nội dung<script>x()</script></p>\","
                + "\"source\":\"UBND xã Đạo Trù\",\"authorName\":\"Thu Hà\"}");
        assertEquals(201, created.status(), created.body());
        assertFalse(created.json().getString("body").contains("script"), "rich text is sanitised");
        return created.json().getJsonNumber("id").longValue();
    }

    private JsonArray publishedItems(String host, String token) {
        return (JsonArray) client.get(host, "/api/v1/items?state=PUBLISHED", token).structure();
    }

    /** A unit's id, read from its own published items with its administrator's token. */
    private long unitIdOf(String host, String admin) {
        return publishedItems(host, client.token(host, admin)).getJsonObject(0).getJsonNumber("unitId").longValue();
    }

    /** Submitted by its author, taken, approved and published by the secretariat. */
    private void publishThroughTheBoard(String author, long id) {
        String secretariat = client.token(DAOTRU, "thuky.daotru");
        assertEquals(200, transition(author, id, "SUBMIT").status());
        for (String action : new String[] {"TAKE", "APPROVE", "PUBLISH"}) {
            PortalClient.Reply reply = transition(secretariat, id, action);
            assertEquals(200, reply.status(), action + ": " + reply.body());
        }
    }

    private PortalClient.Reply move(String token, long id, String json) {
        return client.post(DAOTRU, "/api/v1/items/" + id + "/transitions", token, json);
    }

    private String slugOf(String token, long id) {
        return client.get(DAOTRU, "/api/v1/items/" + id, token).json().getString("slug");
    }

    private PortalClient.Reply transition(String token, long id, String action) {
        return client.post(DAOTRU, "/api/v1/items/" + id + "/transitions", token, "{\"action\":\"" + action + "\"}");
    }
}
