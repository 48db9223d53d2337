package vn.cong.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.text.Normalizer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import vn.cong.royalty.ContributionKind;
import vn.cong.royalty.RoyaltySheetWorkbook;

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
        assertEquals(200, transition(secretariat, id, "TAKE").status());
        assertEquals(200, transition(secretariat, id, "APPROVE").status());
        PortalClient.Reply ownPublish = transition(editor, id, "PUBLISH");
        assertEquals(403, ownPublish.status(), ownPublish.body());
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
        publish(DAOTRU, editor, client.token(DAOTRU, "thuky.daotru"), id);

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
    void publishingRecordsRoyaltyLinesForTheAuthorAndTheSecretaryWhoEditedIt() {
        String editor = client.token(DAOTRU, "bientap.daotru");
        String secretary = client.token(DAOTRU, "thuky.daotru");
        long id = createItem(editor, "Tin nhuận bút " + System.nanoTime());
        publish(DAOTRU, editor, secretary, id);

        String query = "/api/v1/royalties/sheets?unit=" + unitIdOf(DAOTRU, "admin.daotru.tamdao.vinhphuc")
                + "&month=" + thisMonth();
        PortalClient.Reply sheet = client.get(DAOTRU, query, secretary);
        assertEquals(200, sheet.status(), sheet.body());
        List<JsonObject> lines = sheet.json().getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.containsKey("itemId") && !l.isNull("itemId")
                        && l.getJsonNumber("itemId").longValue() == id).toList();
        assertEquals(List.of("EDITING:Trần Minh Đức", "WRITING:Nguyễn Thu Hà"),
                lines.stream().map(l -> l.getString("kind") + ":" + l.getString("personName")).sorted().toList());
        for (JsonObject line : lines) {
            BigDecimal expected = line.getJsonNumber("coefficient").bigDecimalValue()
                    .multiply(line.getJsonNumber("baseValue").bigDecimalValue()).setScale(0, RoundingMode.HALF_UP);
            assertEquals(0, expected.compareTo(line.getJsonNumber("amount").bigDecimalValue()), line.toString());
            assertTrue(expected.signum() > 0, "the demo board's coefficients pay for it: " + line);
        }
    }

    @Test
    void theSecretariatSubmitsTheMonthTheHeadApprovesItAndTheXlsxHoldsItsTotals() throws Exception {
        String editor = client.token(VINHTUONG, "bientap.vinhtuong");
        String secretary = client.token(VINHTUONG, "thuky.vinhtuong");
        String head = client.token(VINHTUONG, "truongban.vinhtuong");
        publish(VINHTUONG, editor, secretary, createItemIn(VINHTUONG, editor, "Vĩnh Tường sơ kết vụ mùa " + System.nanoTime()));
        String sheetPath = "/api/v1/royalties/sheets?unit=" + unitIdOf(VINHTUONG, "admin.vinhtuong.vinhphuc")
                + "&month=" + thisMonth();
        String moves = sheetPath.replace("/sheets?", "/sheets/transitions?");

        PortalClient.Reply submitted = client.post(VINHTUONG, moves, secretary, "{\"action\":\"SUBMIT\"}");
        assertEquals(200, submitted.status(), submitted.body());
        assertEquals("SUBMITTED", submitted.json().getString("state"));
        PortalClient.Reply ownApproval = client.post(VINHTUONG, moves, secretary, "{\"action\":\"APPROVE\"}");
        assertEquals(403, ownApproval.status(), ownApproval.body());
        PortalClient.Reply approved = client.post(VINHTUONG, moves, head, "{\"action\":\"APPROVE\"}");
        assertEquals(200, approved.status(), approved.body());
        JsonObject sheet = approved.json();
        assertEquals("LOCKED", sheet.getString("state"));
        assertEquals("Phạm Văn Hùng", sheet.getString("approvedBy"));
        assertEquals(409, client.post(VINHTUONG, moves, head, "{\"action\":\"RETURN\",\"note\":\"Sửa\"}").status());

        PortalClient.Download xlsx = client.download(VINHTUONG, sheetPath.replace("/sheets?", "/sheets/sheet.xlsx?"), head);
        assertEquals(200, xlsx.status());
        assertTrue(xlsx.contentType().startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet rows = workbook.getSheetAt(0);
            assertTrue(rows.getRow(1).getCell(0).getStringCellValue().endsWith("— Huyện Vĩnh Tường"));
            int totalColumn = RoyaltySheetWorkbook.FIRST_KIND_COLUMN + ContributionKind.values().length + 1;
            double people = 0;
            Row totals = null;
            for (int r = RoyaltySheetWorkbook.HEADER_ROW + 1; r <= rows.getLastRowNum(); r++) {
                Row row = rows.getRow(r);
                if (row != null && "Tổng cộng".equals(row.getCell(1).getStringCellValue())) {
                    totals = row;
                    break;
                }
                people += row.getCell(totalColumn).getNumericCellValue();
            }
            assertTrue(totals != null, "a totals row");
            assertEquals(sheet.getJsonNumber("total").doubleValue(), totals.getCell(totalColumn).getNumericCellValue());
            assertEquals(people, totals.getCell(totalColumn).getNumericCellValue());
            assertEquals(sheet.getJsonArray("people").size(),
                    totals.getRowNum() - RoyaltySheetWorkbook.HEADER_ROW - 1);
        }

        long late = createItemIn(VINHTUONG, editor, "Tin đăng sau khi khóa sổ " + System.nanoTime());
        publish(VINHTUONG, editor, secretary, late);
        JsonObject locked = client.get(VINHTUONG, sheetPath, head).json();
        assertEquals(sheet.getJsonNumber("total").longValue(), locked.getJsonNumber("total").longValue(),
                "a locked month never changes");
        String nextMonth = java.time.YearMonth.parse(thisMonth()).plusMonths(1).toString();
        JsonObject next = client.get(VINHTUONG, sheetPath.replace(thisMonth(), nextMonth), head).json();
        assertTrue(next.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .anyMatch(l -> !l.isNull("itemId") && l.getJsonNumber("itemId").longValue() == late),
                "an item published after the lock counts in the next month");
    }

    @Test
    void royaltySheetsAreTheBoardsAndTheDicAdministratorOnlyReadsThem() {
        String query = "/api/v1/royalties/sheets?unit=" + unitIdOf(DAOTRU, "admin.daotru.tamdao.vinhphuc")
                + "&month=" + thisMonth();
        String moves = query.replace("/sheets?", "/sheets/transitions?");
        assertEquals(403, client.get(DAOTRU, query, client.token(VINHTUONG, "bientap.vinhtuong")).status(),
                "an editor of another unit");
        assertEquals(403, client.get(DAOTRU, query, client.token(DAOTRU, "bientap.daotru")).status(),
                "an editor of the unit itself");
        assertEquals(401, client.get(DAOTRU, query, null).status());

        String dic = client.token(VINHPHUC, "qtri.sotttt");
        assertEquals(200, client.get(VINHPHUC, query, dic).status());
        assertEquals(200, client.download(VINHPHUC, query.replace("/sheets?", "/sheets/sheet.xlsx?"), dic).status());
        PortalClient.Reply dicSubmit = client.post(VINHPHUC, moves, dic, "{\"action\":\"SUBMIT\"}");
        assertEquals(403, dicSubmit.status(), dicSubmit.body());

        String secretary = client.token(DAOTRU, "thuky.daotru");
        PortalClient.Reply unknown = client.post(DAOTRU, moves, secretary, "{\"action\":\"PAY\"}");
        assertEquals(422, unknown.status());
        assertTrue(unknown.json().getString("message").contains("SUBMIT, APPROVE, RETURN"), unknown.body());
        assertEquals(422, client.get(DAOTRU, query.replace(thisMonth(), "2026-13"), secretary).status());
    }

    private static String thisMonth() {
        return java.time.YearMonth.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
    }

    /** Along the board's workflow: the author submits; the secretariat takes, approves and publishes. */
    private void publish(String host, String author, String secretary, long id) {
        for (String[] step : new String[][] {{author, "SUBMIT"}, {secretary, "TAKE"}, {secretary, "APPROVE"},
                {secretary, "PUBLISH"}}) {
            PortalClient.Reply reply = client.post(host, "/api/v1/items/" + id + "/transitions", step[0],
                    "{\"action\":\"" + step[1] + "\"}");
            assertEquals(200, reply.status(), step[1] + ": " + reply.body());
        }
    }

    private long createItemIn(String host, String token, String title) {
        long category = publishedItems(host, token).getJsonObject(0).getJsonNumber("categoryId").longValue();
        PortalClient.Reply created = client.post(host, "/api/v1/items", token, "{\"categoryId\":" + category
                + ",\"title\":\"" + title + "\",\"summary\":\"Tóm tắt\",\"body\":\"<p>Nội dung</p>\","
                + "\"source\":\"UBND huyện\",\"authorName\":\"Thu Hà\"}");
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
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

    private PortalClient.Reply transition(String token, long id, String action) {
        return client.post(DAOTRU, "/api/v1/items/" + id + "/transitions", token, "{\"action\":\"" + action + "\"}");
    }
}
