package vn.cong.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cong.portal.it.PlatformIT.VINHPHUC;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;

/**
 * The 2025 reform applied from the official mapping as one reorganisation import (issue #11.6), on real Payara and
 * MariaDB, for Tỉnh Tuyên Quang (made of the old Tuyên Quang and Hà Giang): parts of both provinces imported from the
 * 2025-03 list, the reform planned for the new province, confirmed, applied by the job; then every old hostname
 * leads to the right new unit — {@code full} to that unit, {@code partial} to the list of its successors — and a
 * second plan finds nothing left to do.
 */
final class ReformChecks {

    /** Huyện Vị Xuyên of Hà Giang (five communes) and Huyện Hàm Yên of Tuyên Quang (two), as the 2025-03 list has them. */
    private static final String BEFORE = "{\"data\":["
            + "{\"level1_id\":\"02\",\"name\":\"Tỉnh Hà Giang\",\"type\":\"Tỉnh\",\"level2s\":[{\"level2_id\":\"030\","
            + "\"name\":\"Huyện Vị Xuyên\",\"type\":\"Huyện\",\"level3s\":["
            + "{\"level3_id\":\"00913\",\"name\":\"Thị trấn Vị Xuyên\",\"type\":\"Thị trấn\"},"
            + "{\"level3_id\":\"00916\",\"name\":\"Thị trấn Nông Trường Việt Lâm\",\"type\":\"Thị trấn\"},"
            + "{\"level3_id\":\"00955\",\"name\":\"Xã Đạo Đức\",\"type\":\"Xã\"},"
            + "{\"level3_id\":\"00964\",\"name\":\"Xã Quảng Ngần\",\"type\":\"Xã\"},"
            + "{\"level3_id\":\"00967\",\"name\":\"Xã Việt Lâm\",\"type\":\"Xã\"}]}]},"
            + "{\"level1_id\":\"08\",\"name\":\"Tỉnh Tuyên Quang\",\"type\":\"Tỉnh\",\"level2s\":[{\"level2_id\":\"074\","
            + "\"name\":\"Huyện Hàm Yên\",\"type\":\"Huyện\",\"level3s\":["
            + "{\"level3_id\":\"02374\",\"name\":\"Thị trấn Tân Yên\",\"type\":\"Thị trấn\"},"
            + "{\"level3_id\":\"02401\",\"name\":\"Xã Tân Thành\",\"type\":\"Xã\"}]}]}]}";

    private static final String REFORM = "{\"mapping\":\"dvhcvn-2025-07\",\"decisionNo\":\"202/2025/QH15\","
            + "\"decisionDate\":\"2025-06-12\",\"effectiveOn\":\"2025-07-01\",\"provinces\":[\"08\"]}";

    private final PortalClient client;

    ReformChecks(PortalClient client) {
        this.client = client;
    }

    void theReformOfTuyenQuangLeadsEveryOldHostnameToItsNewUnit() {
        String operator = client.token(VINHPHUC, "vanhanh");
        importBefore(operator);
        assertEquals(200, client.get("vietlam.vixuyen.hagiang.localhost", "/", null).status());

        String dic = client.token(VINHPHUC, "qtri.sotttt");
        assertEquals(403, client.post(VINHPHUC, "/api/v1/provisioning/reforms", dic, REFORM).status(),
                "a reform reaches across provinces: the operator's");
        PortalClient.Reply undecided = client.post(VINHPHUC, "/api/v1/provisioning/reforms", operator,
                "{\"provinces\":[\"08\"]}");
        assertEquals(422, undecided.status(), undecided.body());

        PortalClient.Reply planned = client.post(VINHPHUC, "/api/v1/provisioning/reforms", operator, REFORM);
        assertEquals(201, planned.status(), planned.body());
        long id = planned.json().getJsonNumber("id").longValue();
        JsonObject step = steps(operator, id).getJsonObject(0);
        assertEquals("PENDING", step.getString("outcome"), step.toString());
        assertEquals(2 + 2 + 7, step.getInt("unitsBefore"), "two provinces, two districts, seven communes: " + step);
        assertEquals(1 + 3, step.getInt("unitsAfter"), "the province and Vị Xuyên, Việt Lâm, Hàm Yên: " + step);
        assertEquals(2, step.getInt("relocated"), step.toString());
        assertEquals(1 + 2 + 1 + 1, step.getInt("merged"), step.toString());
        assertEquals(1, step.getInt("sharedOut"), step.toString());
        assertEquals(1, step.getInt("opened"), step.toString());
        assertEquals(2, step.getInt("districtsRetired"), step.toString());
        assertEquals(200, client.get("vietlam.vixuyen.hagiang.localhost", "/", null).status(),
                "a plan changes nothing");

        assertEquals(202, client.post(VINHPHUC, "/api/v1/provisioning/reforms/" + id + "/run", operator, "").status());
        assertTrue(Poll.until(Duration.ofSeconds(90), () -> "DONE".equals(client.get(VINHPHUC,
                "/api/v1/provisioning/reforms/" + id, operator).json().getString("state"))), "the job applies it");
        JsonObject done = steps(operator, id).getJsonObject(0);
        assertEquals("DONE", done.getString("outcome"), done.toString());

        // the code holders carry on under the province, renamed; the other old units lead to them
        assertEquals(200, client.get("vixuyen.tuyenquang.localhost", "/", null).status());
        assertTrue(client.get("vixuyen.tuyenquang.localhost", "/", null).body().contains("Xã Vị Xuyên"));
        redirects("vixuyen.vixuyen.hagiang.localhost", "/", "vixuyen.tuyenquang.localhost", "/");
        redirects("daoduc.vixuyen.hagiang.localhost", "/", "vixuyen.tuyenquang.localhost", "/");
        redirects("nongtruongvietlam.vixuyen.hagiang.localhost", "/", "vixuyen.tuyenquang.localhost", "/");
        // a new commune named like the district it replaces answers on the district's hostname
        PortalClient.Reply hamYen = client.get("hamyen.tuyenquang.localhost", "/", null);
        assertEquals(200, hamYen.status());
        assertTrue(hamYen.body().contains("Xã Hàm Yên"), "the commune, not the district");
        redirects("tanyen.hamyen.tuyenquang.localhost", "/", "hamyen.tuyenquang.localhost", "/");
        redirects("tanthanh.hamyen.tuyenquang.localhost", "/", "hamyen.tuyenquang.localhost", "/");
        // Việt Lâm was shared out: the new Việt Lâm took its code and its pages, its address lists both successors
        assertEquals(200, client.get("vietlam.tuyenquang.localhost", "/", null).status());
        redirects("quangngan.vixuyen.hagiang.localhost", "/", "vietlam.tuyenquang.localhost", "/");
        PortalClient.Reply shared = client.get("vietlam.vixuyen.hagiang.localhost", "/", null);
        assertEquals(200, shared.status());
        assertTrue(shared.body().contains("Xã Việt Lâm") && shared.body().contains("Xã Vị Xuyên")
                && shared.body().contains("//vietlam.tuyenquang.localhost:"), shared.body());
        redirects("vietlam.vixuyen.hagiang.localhost", "/bai-viet/thong-tin-lien-he", "vietlam.tuyenquang.localhost",
                "/bai-viet/thong-tin-lien-he-vietlam");
        // the old province and the district of Hà Giang lead to the new province
        redirects("hagiang.localhost", "/", "tuyenquang.localhost", "/");
        redirects("vixuyen.hagiang.localhost", "/", "tuyenquang.localhost", "/");

        long province = done.getJsonNumber("provinceUnitId").longValue();
        JsonObject viXuyen = child(operator, province, "Xã Vị Xuyên");
        assertEquals("00913", viXuyen.getString("officialCode"));
        List<String> history = viXuyen.getJsonArray("history").stream()
                .map(h -> h.asJsonObject().getString("officialName")).toList();
        assertTrue(history.containsAll(List.of("Thị trấn Nông Trường Việt Lâm", "Xã Đạo Đức", "Xã Việt Lâm")),
                history.toString());
        assertEquals("00967", child(operator, province, "Xã Việt Lâm").getString("officialCode"),
                "the new Việt Lâm bears the code the old one gave up");

        PortalClient.Reply again = client.post(VINHPHUC, "/api/v1/provisioning/reforms", operator, REFORM);
        assertEquals(201, again.status(), again.body());
        JsonObject second = steps(operator, again.json().getJsonNumber("id").longValue()).getJsonObject(0);
        assertEquals("SKIPPED", second.getString("outcome"), "a second run finds nothing left to do: " + second);
    }

    private void importBefore(String operator) {
        PortalClient.Reply planned = client.upload(VINHPHUC, "/api/v1/provisioning/imports?name=truoc-2025.json",
                operator, BEFORE);
        assertEquals(201, planned.status(), planned.body());
        long id = planned.json().getJsonNumber("id").longValue();
        assertEquals(202, client.post(VINHPHUC, "/api/v1/provisioning/imports/" + id + "/run", operator, "").status());
        assertTrue(Poll.until(Duration.ofSeconds(60), () -> "DONE".equals(client.get(VINHPHUC,
                "/api/v1/provisioning/imports/" + id, operator).json().getString("state"))));
    }

    private JsonArray steps(String operator, long id) {
        PortalClient.Reply steps = client.get(VINHPHUC, "/api/v1/provisioning/reforms/" + id + "/steps", operator);
        assertEquals(200, steps.status(), steps.body());
        return steps.structure().asJsonArray();
    }

    private JsonObject child(String operator, long parent, String name) {
        PortalClient.Reply children = client.get(VINHPHUC, "/api/v1/units/" + parent + "/children", operator);
        assertEquals(200, children.status(), children.body());
        return children.structure().asJsonArray().stream().map(c -> c.asJsonObject())
                .filter(c -> c.getString("officialName").equals(name) && c.getString("state").equals("ACTIVE"))
                .findFirst().orElseThrow(() -> new AssertionError(name + " not under the province: " + children.body()));
    }

    private void redirects(String host, String path, String toHost, String toPath) {
        PortalClient.Reply answer = client.get(host, path, null);
        assertEquals(301, answer.status(), host + path);
        String location = answer.header("Location").orElse("");
        assertTrue(location.matches("http://" + toHost.replace(".", "\\.") + ":\\d+" + java.util.regex.Pattern.quote(
                toPath)), host + path + " → " + location);
    }
}
