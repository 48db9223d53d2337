package vn.cong.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cong.portal.it.PlatformIT.TAMDAO;
import static vn.cong.portal.it.PlatformIT.VINHPHUC;

import jakarta.json.JsonObject;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * Reorganisations (issue #11.5, #11.9), on real Payara and MariaDB: two communes of Huyện Tam Đảo merged by a
 * decision — the old host and the old article answer 301 to the successor's pages, the content is the successor's,
 * the successor tells its history, the district's monthly figures are unchanged, the old administrator is carried
 * over — and a commune retired into the district's portal.
 */
final class ReorganisationChecks {

    private static final String HOP_CHAU = "hopchau.tamdao.vinhphuc.localhost";
    private static final String MINH_QUANG = "minhquang.tamdao.vinhphuc.localhost";
    private static final String YEN_DUONG = "yenduong.tamdao.vinhphuc.localhost";
    private static final String DECISION = ",\"decisionNo\":\"1656/NQ-UBTVQH15\",\"decisionDate\":\"2025-06-16\","
            + "\"effectiveOn\":\"2025-07-01\"";

    private final PortalClient client;
    private final ItemsApi items;

    ReorganisationChecks(PortalClient client) {
        this.client = client;
        this.items = new ItemsApi(client);
    }

    void twoCommunesMergedByADecisionLeaveNoAddressBehind() {
        String dic = client.token(VINHPHUC, "qtri.sotttt");
        long tamDao = items.unitIdOf(TAMDAO, "admin.tamdao.vinhphuc");
        long hopChau = open(dic, tamDao, "Xã Hợp Châu", null);
        long minhQuang = open(dic, tamDao, "Xã Minh Quang", "MinhQuang2026x");
        String query = "/api/v1/reports/monthly?unit=" + tamDao + "&month="
                + YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")) + "&subtree=true";
        int before = client.get(VINHPHUC, query, dic).json().getInt("subtreeTotal");

        String merge = "{\"predecessorIds\":[" + minhQuang + "],\"successorId\":" + hopChau + DECISION + "}";
        PortalClient.Reply refused = client.post(VINHPHUC, "/api/v1/provisioning/reorganisations", dic,
                "{\"predecessorIds\":[" + minhQuang + "],\"successorId\":" + hopChau + "}");
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.json().getString("message").contains("quyết định"), refused.body());
        String editor = client.token(TAMDAO, "admin.tamdao.vinhphuc");
        assertEquals(403, client.post(VINHPHUC, "/api/v1/provisioning/reorganisations", editor, merge).status(),
                "a unit administrator does not reorganise");

        PortalClient.Reply preview = client.post(VINHPHUC, "/api/v1/provisioning/reorganisations/preview", dic, merge);
        assertEquals(200, preview.status(), preview.body());
        JsonObject part = preview.json().getJsonArray("predecessors").getJsonObject(0);
        assertEquals(2, part.getInt("publishedItems"), "the default pages: " + preview.body());
        assertEquals(200, client.get(MINH_QUANG, "/", null).status(), "a preview changes nothing");

        PortalClient.Reply merged = client.post(VINHPHUC, "/api/v1/provisioning/reorganisations", dic, merge);
        assertEquals(201, merged.status(), merged.body());
        assertEquals(2, merged.json().getInt("items"));

        PortalClient.Reply home = client.get(MINH_QUANG, "/", null);
        assertEquals(301, home.status());
        assertTrue(home.header("Location").orElse("").matches("http://" + HOP_CHAU.replace(".", "\\.") + ":\\d+/"),
                home.header("Location").orElse(""));
        PortalClient.Reply article = client.get(MINH_QUANG, "/bai-viet/thong-tin-lien-he", null);
        assertEquals(301, article.status());
        String moved = article.header("Location").orElse("");
        assertTrue(moved.endsWith("/bai-viet/thong-tin-lien-he-minhquang"), "Hợp Châu has its own contacts page: "
                + moved);
        PortalClient.Reply page = client.get(HOP_CHAU, "/bai-viet/thong-tin-lien-he-minhquang", null);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("Xã Minh Quang"), "the old unit's page, now the successor's");

        String successorHome = client.get(HOP_CHAU, "/", null).body();
        assertTrue(successorHome.contains("Hợp nhất từ Xã Minh Quang theo 1656/NQ-UBTVQH15 ngày 16/06/2025"),
                "the successor tells citizens its history");
        JsonObject unit = client.get(VINHPHUC, "/api/v1/units/" + hopChau, dic).json();
        JsonObject history = unit.getJsonArray("history").getJsonObject(0);
        assertEquals("Xã Minh Quang", history.getString("officialName"));
        assertEquals("1656/NQ-UBTVQH15", history.getString("decisionNo"));
        assertEquals("MERGED", client.get(VINHPHUC, "/api/v1/units/" + minhQuang, dic).json().getString("state"));
        assertEquals(before, client.get(VINHPHUC, query, dic).json().getInt("subtreeTotal"),
                "the district's figures go on across the merger");
        assertEquals(200, client.requestToken(HOP_CHAU, "admin.minhquang.tamdao.vinhphuc", "MinhQuang2026x", null)
                .status(), "the old administrator is carried over to the successor");

        PortalClient.Reply again = client.post(VINHPHUC, "/api/v1/provisioning/reorganisations/preview", dic, merge);
        assertEquals(409, again.status(), again.body());
    }

    void aCommuneRetiredIntoTheDistrictLeadsToTheDistrictsPortal() {
        String dic = client.token(VINHPHUC, "qtri.sotttt");
        long tamDao = items.unitIdOf(TAMDAO, "admin.tamdao.vinhphuc");
        long yenDuong = open(dic, tamDao, "Xã Yên Dương", null);
        PortalClient.Reply retired = client.post(VINHPHUC, "/api/v1/provisioning/reorganisations", dic,
                "{\"predecessorIds\":[" + yenDuong + "],\"successorId\":" + tamDao + DECISION
                        + ",\"accounts\":\"DEACTIVATE\"}");
        assertEquals(201, retired.status(), retired.body());
        assertEquals(1, retired.json().getInt("accountsDeactivated"));
        PortalClient.Reply home = client.get(YEN_DUONG, "/", null);
        assertEquals(301, home.status());
        assertTrue(home.header("Location").orElse("").contains("//tamdao.vinhphuc.localhost:"), home.toString());
        PortalClient.Reply intro = client.get(YEN_DUONG, "/bai-viet/thong-tin-lien-he", null);
        String target = intro.header("Location").orElse("");
        assertTrue(target.contains("//tamdao.vinhphuc.localhost:") && target.contains("/bai-viet/thong-tin-lien-he"),
                target);
        PortalClient.Reply page = client.get(TAMDAO, target.substring(target.indexOf("/bai-viet/")), null);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("Xã Yên Dương"));
    }

    /**
     * A commune of an abolished district placed under its province, then renamed (#11.5): each time it answers at
     * the name the rule gives it there, and every earlier name leads to it with the same path.
     */
    void aCommuneMovedUnderTheProvinceAndRenamedKeepsEveryOldAddress() {
        String dic = client.token(VINHPHUC, "qtri.sotttt");
        long tamDao = items.unitIdOf(TAMDAO, "admin.tamdao.vinhphuc");
        long vinhPhuc = items.unitIdOf(VINHPHUC, "admin.vinhphuc");
        long daoLam = open(dic, tamDao, "Xã Đạo Lâm", null);
        PortalClient.Reply moved = client.post(VINHPHUC, "/api/v1/provisioning/reorganisations/relocations", dic,
                "{\"unitId\":" + daoLam + ",\"newParentId\":" + vinhPhuc + DECISION + "}");
        assertEquals(201, moved.status(), moved.body());
        assertEquals("daolam.vinhphuc", moved.json().getString("hostname"));
        assertEquals("daolam.tamdao.vinhphuc", moved.json().getString("formerHostname"));
        assertEquals(200, client.get("daolam.vinhphuc.localhost", "/bai-viet/thong-tin-lien-he", null).status());
        PortalClient.Reply old = client.get("daolam.tamdao.vinhphuc.localhost", "/bai-viet/thong-tin-lien-he", null);
        assertEquals(301, old.status());
        assertTrue(old.header("Location").orElse("").matches("http://daolam\\.vinhphuc\\.localhost:\\d+/bai-viet/"
                + "thong-tin-lien-he"), old.header("Location").orElse(""));

        PortalClient.Reply renamed = client.post(VINHPHUC, "/api/v1/provisioning/reorganisations/relocations", dic,
                "{\"unitId\":" + daoLam + ",\"newName\":\"Phường Đạo Lâm Hợp\"" + DECISION + "}");
        assertEquals(201, renamed.status(), renamed.body());
        assertEquals("daolamhop.vinhphuc", renamed.json().getString("hostname"));
        for (String former : new String[] {"daolam.tamdao.vinhphuc.localhost", "daolam.vinhphuc.localhost"}) {
            PortalClient.Reply answer = client.get(former, "/", null);
            assertEquals(301, answer.status(), former);
            assertTrue(answer.header("Location").orElse("").contains("//daolamhop.vinhphuc.localhost:"), former);
        }
        PortalClient.Reply intoItself = client.post(VINHPHUC, "/api/v1/provisioning/reorganisations/relocations", dic,
                "{\"unitId\":" + vinhPhuc + ",\"newParentId\":" + daoLam + DECISION + "}");
        assertEquals(422, intoItself.status(), "a province under one of its communes: " + intoItself.body());
    }

    /**
     * A district renamed by a decision takes its communes along (#11.5, moving a subtree): each answers under the
     * district's new name, and its old address still leads to it with the same path; then one of them is stopped
     * without successor (MIC Art. 8.5c): its hostnames answer 410 with the date and a link to the district, its
     * administrator can no longer sign in, and a second stop is a 409.
     */
    void aDistrictRenamedTakesItsCommunesAlongAndAStoppedPortalAnswers410() {
        String dic = client.token(VINHPHUC, "qtri.sotttt");
        long vinhPhuc = items.unitIdOf(VINHPHUC, "admin.vinhphuc");
        PortalClient.Reply district = client.post(VINHPHUC, "/api/v1/units", dic, "{\"parentId\":" + vinhPhuc
                + ",\"level\":\"DISTRICT\",\"officialName\":\"Huyện Kiểm Thử Sắp Xếp\"}");
        assertEquals(201, district.status(), district.body());
        long districtId = district.json().getJsonNumber("id").longValue();
        long doiThong = open(dic, districtId, "Xã Đồi Thông", null);
        long suoiMo = open(dic, districtId, "Xã Suối Mơ", "SuoiMo2026x!");

        String rename = "{\"unitId\":" + districtId + ",\"newName\":\"Thị xã Kiểm Thử Mới\"" + DECISION + "}";
        PortalClient.Reply preview = client.post(VINHPHUC, "/api/v1/provisioning/reorganisations/relocations/preview",
                dic, rename);
        assertEquals(200, preview.status(), preview.body());
        assertEquals("kiemthumoi.vinhphuc", preview.json().getString("hostname"));
        assertTrue(preview.json().getJsonArray("below").stream().map(b -> b.asJsonObject().getString("hostname"))
                .toList().contains("doithong.kiemthumoi.vinhphuc"), preview.body());
        assertEquals(200, client.get("doithong.kiemthusapxep.vinhphuc.localhost", "/", null).status(),
                "a preview changes nothing");
        PortalClient.Reply renamed = client.post(VINHPHUC, "/api/v1/provisioning/reorganisations/relocations", dic,
                rename);
        assertEquals(201, renamed.status(), renamed.body());
        assertEquals("kiemthumoi.vinhphuc", renamed.json().getString("hostname"));
        assertEquals(2, renamed.json().getInt("unitsBelow"), renamed.body());
        assertEquals(200, client.get("doithong.kiemthumoi.vinhphuc.localhost", "/bai-viet/thong-tin-lien-he", null)
                .status(), "the commune answers under the district's new name");
        PortalClient.Reply old = client.get("doithong.kiemthusapxep.vinhphuc.localhost", "/bai-viet/thong-tin-lien-he",
                null);
        assertEquals(301, old.status());
        assertTrue(old.header("Location").orElse("").matches("http://doithong\\.kiemthumoi\\.vinhphuc\\.localhost:\\d+"
                + "/bai-viet/thong-tin-lien-he"), old.header("Location").orElse(""));
        assertTrue(client.get(VINHPHUC, "/api/v1/units/" + doiThong, dic).json().getString("hostname")
                .startsWith("doithong.kiemthumoi.vinhphuc."));

        String stop = "{\"unitId\":" + suoiMo + DECISION + "}";
        assertEquals(422, client.post(VINHPHUC, "/api/v1/provisioning/reorganisations/stops", dic,
                "{\"unitId\":" + districtId + DECISION + "}").status(), "a district with communes is not stopped");
        assertEquals(403, client.post(VINHPHUC, "/api/v1/provisioning/reorganisations/stops",
                client.token(TAMDAO, "admin.tamdao.vinhphuc"), stop).status());
        PortalClient.Reply stopPreview = client.post(VINHPHUC, "/api/v1/provisioning/reorganisations/stops/preview",
                dic, stop);
        assertEquals(200, stopPreview.status(), stopPreview.body());
        assertEquals("suoimo.kiemthumoi.vinhphuc", stopPreview.json().getString("hostname"));
        assertEquals(1, stopPreview.json().getInt("accounts"));
        assertEquals(200, client.get("suoimo.kiemthumoi.vinhphuc.localhost", "/", null).status());
        PortalClient.Reply stopped = client.post(VINHPHUC, "/api/v1/provisioning/reorganisations/stops", dic, stop);
        assertEquals(201, stopped.status(), stopped.body());
        assertEquals(1, stopped.json().getInt("accountsDeactivated"));
        for (String host : new String[] {"suoimo.kiemthumoi.vinhphuc.localhost", "suoimo.kiemthusapxep.vinhphuc.localhost"}) {
            PortalClient.Reply gone = client.get(host, "/bai-viet/thong-tin-lien-he", null);
            assertEquals(410, gone.status(), host);
            assertTrue(gone.body().contains("đã ngừng hoạt động") && gone.body().contains("Thị xã Kiểm Thử Mới")
                    && gone.body().contains("//kiemthumoi.vinhphuc.localhost:"), gone.body());
        }
        assertEquals(401, client.requestToken(VINHPHUC, "admin.suoimo.kiemthusapxep.vinhphuc", "SuoiMo2026x!", null)
                .status(), "its people's accounts are deactivated");
        assertEquals("RETIRED", client.get(VINHPHUC, "/api/v1/units/" + suoiMo, dic).json().getString("state"));
        assertEquals(409, client.post(VINHPHUC, "/api/v1/provisioning/reorganisations/stops", dic, stop).status());
    }

    /**
     * A merge that keeps the old unit's content in place (#11.5, "archived, by choice"): the old portal stays readable
     * at its own addresses with a notice leading to the successor — GOV.UK's history pages —, while its back office
     * and API lead to the successor's and nothing moved.
     */
    void aUnitMergedAsAnArchiveStaysReadableWithANoticeLeadingToTheSuccessor() {
        String dic = client.token(VINHPHUC, "qtri.sotttt");
        long tamDao = items.unitIdOf(TAMDAO, "admin.tamdao.vinhphuc");
        long archived = open(dic, tamDao, "Xã Lưu Trữ Một", null);
        long successor = open(dic, tamDao, "Xã Tiếp Nhận Hai", null);
        PortalClient.Reply merged = client.post(VINHPHUC, "/api/v1/provisioning/reorganisations", dic,
                "{\"predecessorIds\":[" + archived + "],\"successorId\":" + successor + DECISION
                        + ",\"content\":\"ARCHIVE\"}");
        assertEquals(201, merged.status(), merged.body());
        assertEquals(0, merged.json().getInt("items"), "nothing moved");
        assertEquals("ARCHIVED", client.get(VINHPHUC, "/api/v1/units/" + archived, dic).json().getString("state"));

        String host = "luutrumot.tamdao.vinhphuc.localhost";
        for (String path : new String[] {"/", "/bai-viet/thong-tin-lien-he"}) {
            PortalClient.Reply page = client.get(host, path, null);
            assertEquals(200, page.status(), path);
            assertTrue(page.body().contains("id=\"archive-notice\"") && page.body().contains("bản lưu trữ")
                    && page.body().contains("//tiepnhanhai.tamdao.vinhphuc.localhost:"), page.body());
        }
        assertTrue(client.get(host, "/bai-viet/thong-tin-lien-he", null).body().contains("Xã Lưu Trữ Một"),
                "the old unit's own page, in place");
        // (the container sends /admin/* to its sign-in page first, whatever the host)
        PortalClient.Reply backOffice = client.get(host, "/admin/login.xhtml", null);
        assertEquals(301, backOffice.status());
        assertTrue(backOffice.header("Location").orElse("").contains("//tiepnhanhai.tamdao.vinhphuc.localhost:"));
        assertEquals(301, client.get(host, "/api/v1/items?state=PUBLISHED", null).status(), "the API leads on too");
        assertEquals(404, client.get("tiepnhanhai.tamdao.vinhphuc.localhost", "/bai-viet/thong-tin-lien-he-luutrumot",
                null).status(), "the content stayed where it was");
        assertTrue(client.get("tiepnhanhai.tamdao.vinhphuc.localhost", "/", null).body()
                .contains("Hợp nhất từ Xã Lưu Trữ Một"), "the successor tells its history");
    }

    /**
     * A unit's area shared out among two units (#11.5, split): its hostname answers the list of both, its article
     * leads to its new address with the first (which took its content), and both tell the part they took in.
     */
    void aUnitSharedOutAmongTwoListsThemAndItsArticleLeadsToTheFirst() {
        String dic = client.token(VINHPHUC, "qtri.sotttt");
        long tamDao = items.unitIdOf(TAMDAO, "admin.tamdao.vinhphuc");
        long old = open(dic, tamDao, "Xã Chia Đôi", null);
        long first = open(dic, tamDao, "Xã Nhận Một", null);
        long second = open(dic, tamDao, "Xã Nhận Hai", null);
        assertEquals(422, client.post(VINHPHUC, "/api/v1/provisioning/reorganisations/splits", dic,
                "{\"unitId\":" + old + ",\"successorIds\":[" + first + "]" + DECISION + "}").status(),
                "a split has two successors at least");
        String request = "{\"unitId\":" + old + ",\"successorIds\":[" + first + "," + second + "]" + DECISION + "}";
        PortalClient.Reply preview = client.post(VINHPHUC, "/api/v1/provisioning/reorganisations/splits/preview", dic,
                request);
        assertEquals(200, preview.status(), preview.body());
        assertEquals(first, preview.json().getJsonNumber("contentTo").longValue(), "the first takes the content");
        assertEquals(2, preview.json().getJsonArray("successors").size());
        assertEquals(2, preview.json().getInt("publishedItems"));
        assertEquals(200, client.get("chiadoi.tamdao.vinhphuc.localhost", "/bai-viet/thong-tin-lien-he", null).status(),
                "a preview changes nothing");
        PortalClient.Reply split = client.post(VINHPHUC, "/api/v1/provisioning/reorganisations/splits", dic, request);
        assertEquals(201, split.status(), split.body());
        assertEquals(2, split.json().getInt("items"), "the default pages went to the first");

        PortalClient.Reply list = client.get("chiadoi.tamdao.vinhphuc.localhost", "/", null);
        assertEquals(200, list.status());
        assertTrue(list.body().contains("//nhanmot.tamdao.vinhphuc.localhost:") && list.body().contains("Xã Nhận Hai"),
                list.body());
        PortalClient.Reply article = client.get("chiadoi.tamdao.vinhphuc.localhost", "/bai-viet/thong-tin-lien-he",
                null);
        assertEquals(301, article.status());
        assertTrue(article.header("Location").orElse("").matches("http://nhanmot\\.tamdao\\.vinhphuc\\.localhost:\\d+"
                + "/bai-viet/thong-tin-lien-he-chiadoi"), article.header("Location").orElse(""));
        for (long successor : new long[] {first, second}) {
            JsonObject line = client.get(VINHPHUC, "/api/v1/units/" + successor, dic).json().getJsonArray("history")
                    .getJsonObject(0);
            assertEquals("Xã Chia Đôi", line.getString("officialName"));
            assertEquals("PARTIAL", line.getString("share"));
            assertEquals("SPLIT", line.getString("kind"));
        }
    }

    private long open(String dic, long parent, String name, String password) {
        PortalClient.Reply created = client.post(VINHPHUC, "/api/v1/units", dic, "{\"parentId\":" + parent
                + ",\"level\":\"COMMUNE\",\"officialName\":\"" + name + "\""
                + (password == null ? "" : ",\"admin\":{\"password\":\"" + password + "\"}") + "}");
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }
}
