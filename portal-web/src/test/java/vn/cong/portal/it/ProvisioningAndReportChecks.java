package vn.cong.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cong.portal.it.PlatformIT.DAOTRU;
import static vn.cong.portal.it.PlatformIT.TAMDAO;
import static vn.cong.portal.it.PlatformIT.VINHPHUC;
import static vn.cong.portal.it.PlatformIT.VINHTUONG;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/**
 * Opening portals (who may, refusals in both languages) and the monthly roll-up with the one rule of figures.
 * Run from {@link PlatformIT}: one deployment for all.
 */
final class ProvisioningAndReportChecks {

    private final PortalClient client;
    private final ItemsApi items;

    ProvisioningAndReportChecks(PortalClient client) {
        this.client = client;
        this.items = new ItemsApi(client);
    }

    void theDicAdministratorOpensACommunePortalThatAnswersAtOnce() {
        String dic = client.token(VINHPHUC, "qtri.sotttt");
        long tamDao = items.unitIdOf(TAMDAO, "admin.tamdao.vinhphuc");
        PortalClient.Reply created = client.post(VINHPHUC, "/api/v1/units", dic, "{\"parentId\":" + tamDao
                + ",\"level\":\"COMMUNE\",\"officialName\":\"Xã Đại Đình\",\"admin\":{\"password\":\"DaiDinh2026x\"}}");
        assertEquals(201, created.status(), created.body());
        assertEquals("daidinh.tamdao.vinhphuc.localhost", created.json().getString("hostname"));
        assertEquals("vinh-phuc-32-2023@1", created.json().getString("preset"), "the commune follows its province's preset");

        assertEquals(200, client.get("daidinh.tamdao.vinhphuc.localhost", "/", null).status());
        PortalClient.Reply token = client.post("daidinh.tamdao.vinhphuc.localhost", "/api/v1/auth/token", null,
                "{\"username\":\"admin.daidinh.tamdao.vinhphuc\",\"password\":\"DaiDinh2026x\"}");
        assertEquals(200, token.status(), token.body());

        PortalClient.Reply again = client.post(VINHPHUC, "/api/v1/units", dic, "{\"parentId\":" + tamDao
                + ",\"level\":\"COMMUNE\",\"officialName\":\"Xã Đại Đình\"}");
        assertEquals(409, again.status(), again.body());
    }

    void aUnitOfTheOfficialListCarriesItsCodeWhichNoOtherActiveUnitMayTake() {
        String dic = client.token(VINHPHUC, "qtri.sotttt");
        long tamDao = items.unitIdOf(TAMDAO, "admin.tamdao.vinhphuc");
        PortalClient.Reply created = client.post(VINHPHUC, "/api/v1/units", dic, "{\"parentId\":" + tamDao
                + ",\"level\":\"COMMUNE\",\"officialName\":\"Xã Hồ Sơn\",\"officialCode\":\"08929\"}");
        assertEquals(201, created.status(), created.body());
        assertEquals("hoson.tamdao.vinhphuc.localhost", created.json().getString("hostname"));
        PortalClient.Reply unit = client.get(VINHPHUC, "/api/v1/units/" + created.json().getJsonNumber("id").longValue(),
                dic);
        assertEquals("08929", unit.json().getString("officialCode"));

        PortalClient.Reply taken = client.post(VINHPHUC, "/api/v1/units", dic, "{\"parentId\":" + tamDao
                + ",\"level\":\"COMMUNE\",\"officialName\":\"Xã Hồ Sơn Mới\",\"officialCode\":\"08929\"}");
        assertEquals(409, taken.status(), taken.body());
        assertEquals("unit.code.taken", taken.json().getString("error"));
        PortalClient.Reply invalid = client.postInEnglish(VINHPHUC, "/api/v1/units", dic, "{\"parentId\":" + tamDao
                + ",\"level\":\"COMMUNE\",\"officialName\":\"Xã Tam Quan\",\"officialCode\":\"8926\"}");
        assertEquals(422, invalid.status(), invalid.body());
        assertTrue(invalid.json().getString("message").contains("5 for a commune"), invalid.body());
        assertEquals(404, client.get("tamquan.tamdao.vinhphuc.localhost", "/", null).status(), "nothing was opened");
    }

    void provisioningRefusalsAreExplainedInVietnameseAndEnglish() {
        String dic = client.token(VINHPHUC, "qtri.sotttt");
        String unknownParent = "{\"parentId\":987654,\"level\":\"COMMUNE\",\"officialName\":\"Xã Mới\"}";
        PortalClient.Reply vi = client.post(VINHPHUC, "/api/v1/units", dic, unknownParent);
        assertEquals(404, vi.status());
        assertEquals("Không tìm thấy đơn vị cấp trên (mã 987654).", vi.json().getString("message"));
        PortalClient.Reply en = client.postInEnglish(VINHPHUC, "/api/v1/units", dic, unknownParent);
        assertEquals("Parent unit not found (id 987654).", en.json().getString("message"));

        long daoTru = items.unitIdOf(DAOTRU, "admin.daotru.tamdao.vinhphuc");
        PortalClient.Reply underCommune = client.post(VINHPHUC, "/api/v1/units", dic,
                "{\"parentId\":" + daoTru + ",\"level\":\"COMMUNE\",\"officialName\":\"Xã Con\"}");
        assertEquals(422, underCommune.status());

        String editor = client.token(DAOTRU, "bientap.daotru");
        PortalClient.Reply notAllowed = client.post(VINHPHUC, "/api/v1/units", editor,
                "{\"parentId\":" + daoTru + ",\"level\":\"COMMUNE\",\"officialName\":\"Xã Con\"}");
        assertEquals(403, notAllowed.status());
    }

    void theMonthlyReportRollsTheCommuneUpTheTree() {
        String dic = client.token(VINHPHUC, "qtri.sotttt");
        long vinhPhuc = items.unitIdOf(VINHPHUC, "admin.vinhphuc");
        String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        String query = "/api/v1/reports/monthly?unit=" + vinhPhuc + "&month=" + month + "&subtree=true";
        JsonObject before = client.get(VINHPHUC, query, dic).json();

        String editor = client.token(DAOTRU, "bientap.daotru");
        long id = items.createItem(editor, "Tin báo cáo tháng " + System.nanoTime());
        items.publishThroughTheBoard(editor, id);

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
        // the one rule of figures (FiguresPolicy): the province's own editor sees the province, not its communes
        String provinceEditor = client.token(VINHPHUC, "bientap.vinhphuc");
        PortalClient.Reply subtreeRefused = client.get(VINHPHUC, query, provinceEditor);
        assertEquals(403, subtreeRefused.status());
        assertEquals("figures.forbidden", subtreeRefused.json().getString("error"));
        assertEquals(200, client.get(VINHPHUC, query.replace("&subtree=true", ""), provinceEditor).status());
        assertEquals(422, client.get(VINHPHUC, query.replace(month, "2026-13"), dic).status());
    }

    private static JsonObject child(JsonObject report, String name) {
        JsonArray children = report.getJsonArray("children");
        return children.getValuesAs(JsonObject.class).stream().filter(c -> c.getString("unitName").equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(name + " missing in " + report));
    }
}
