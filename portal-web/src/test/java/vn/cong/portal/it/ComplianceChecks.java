package vn.cong.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;

/**
 * The compliance engine, the document search and retention end to end over HTTP, for {@link PlatformIT} (one
 * deployment): a Vĩnh Phúc commune and a MIC unit each get their obligations and due dates from their own preset and
 * the working calendar (Tết 2026 = 16–20 February), and their province or ministry sees them late.
 */
final class ComplianceChecks {

    static final String MIC = "mic.localhost";
    static final String CDS = "cds.mic.localhost";
    private static final String YEAR = "from=2026-01-01&to=2026-12-31";

    private final PortalClient client;

    ComplianceChecks(PortalClient client) {
        this.client = client;
    }

    /** VP Art. 6.2: a legal normative document is due 7 working days after signing; the province sees it late. */
    void communeDocumentIsDueSevenWorkingDaysAfterSigningAndTheProvinceSeesItLate() {
        String editor = client.token(PlatformIT.DAOTRU, "bientap.daotru");
        long category = legalCategory(PlatformIT.DAOTRU, editor);
        String title = "Quyết định thử tuân thủ " + System.nanoTime();
        long id = item(PlatformIT.DAOTRU, editor, category, title);

        PortalClient.Reply refused = client.put(PlatformIT.DAOTRU, "/api/v1/items/" + id + "/fields", editor,
                "{\"hinh-thuc\":\"sac-lenh\",\"ngay-ky\":\"31/02/2026\"}");
        assertEquals(422, refused.status(), refused.body());
        JsonArray details = refused.json().getJsonArray("details");
        assertTrue(details.size() >= 5, "every problem is listed: " + details);
        assertTrue(details.toString().contains("Số, ký hiệu"), details.toString());
        assertEquals(0, client.get(PlatformIT.DAOTRU, "/api/v1/items/" + id + "/fields", editor).json()
                .getJsonObject("fields").size(), "nothing half-saved");

        PortalClient.Reply saved = client.put(PlatformIT.DAOTRU, "/api/v1/items/" + id + "/fields", editor,
                legalFields("21/2026/QĐ-UBND", "UBND xã Đạo Trù", "2026-02-12", title, null));
        assertEquals(200, saved.status(), saved.body());
        assertEquals("21/2026/QĐ-UBND", client.get(PlatformIT.DAOTRU, "/api/v1/items/" + id, editor).json()
                .getJsonObject("fields").getString("so-ky-hieu"), "the item carries its fields");

        String secretariat = client.token(PlatformIT.DAOTRU, "thuky.daotru");
        JsonObject obligation = obligationOfItem(PlatformIT.DAOTRU, secretariat, null, id).orElseThrow();
        assertEquals("2026-03-02", obligation.getString("dueOn"), "13/2, then 23–27/2 after Tết, then 2/3");
        assertEquals("OVERDUE", obligation.getString("status"));
        assertTrue(obligation.getBoolean("veryOverdue"), "months past 2/3: more than five working days");
        assertEquals("SIGNED", obligation.getString("trigger"));
        assertEquals("Trong 7 ngày làm việc kể từ ngày ký", obligation.getString("rule"));

        String dic = client.token(PlatformIT.VINHPHUC, "qtri.sotttt");
        JsonObject province = client.get(PlatformIT.VINHPHUC, "/api/v1/compliance/summary?subtree=true&" + YEAR, dic).json();
        JsonObject daoTru = find(province, "Xã Đạo Trù").orElseThrow();
        assertTrue(daoTru.getJsonArray("overdue").toString().contains(title), "the province sees what is late");
        assertTrue(province.getJsonObject("subtree").getJsonObject("byStatus").getInt("OVERDUE") >= 1);
        assertTrue(province.getJsonObject("subtree").getInt("veryOverdue") >= 1, "a tier of the overdue, summed up");
        long daoTruId = daoTru.getJsonNumber("unitId").longValue();
        assertTrue(obligationOfItem(PlatformIT.VINHPHUC, dic, daoTruId, id).isPresent(), "and drills down to it");

        String district = client.token(PlatformIT.TAMDAO, "admin.tamdao.vinhphuc");
        assertEquals(403, client.get(PlatformIT.TAMDAO, "/api/v1/compliance/summary?subtree=true", district).status(),
                "being higher up gives nothing without an explicit grant");
        assertEquals(403, client.get(PlatformIT.TAMDAO, "/api/v1/compliance/obligations?unit=" + daoTruId, district)
                .status());

        String operator = client.token(PlatformIT.VINHPHUC, "vanhanh");
        assertEquals(200, client.post(PlatformIT.VINHPHUC, "/api/v1/compliance/evaluations", operator, "{}").status());
        List<JsonObject> told = client.get(PlatformIT.DAOTRU, "/api/v1/notifications", secretariat).structure()
                .asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("message").contains(title)).toList();
        assertEquals(1, told.size(), "the secretariat is told once that the document is overdue: " + told);
        assertEquals("compliance.overdue", told.get(0).getString("kind"));
        assertTrue(told.get(0).getString("message").startsWith("Đã quá hạn công khai (hạn 02/03/2026)"),
                told.get(0).getString("message"));
        assertEquals(200, client.post(PlatformIT.VINHPHUC, "/api/v1/compliance/evaluations", operator, "{}").status());
        assertEquals(1, client.get(PlatformIT.DAOTRU, "/api/v1/notifications", secretariat).structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(n -> n.getString("message").contains(title)).count(),
                "and not again by the next evaluation");

        publish(PlatformIT.DAOTRU, editor, secretariat, id);
        assertEquals("MET_LATE", obligationOfItem(PlatformIT.DAOTRU, secretariat, null, id).orElseThrow()
                .getString("status"), "published after its due date");

        String page = "/bai-viet/" + client.get(PlatformIT.DAOTRU, "/api/v1/items/" + id, secretariat).json()
                .getString("slug");
        assertTrue(client.get(PlatformIT.DAOTRU, page, null).body().contains("21/2026/QĐ-UBND"), "citizens read it");
        assertEquals(200, client.put(PlatformIT.DAOTRU, "/api/v1/items/" + id + "/fields", secretariat,
                legalFields("22/2026/QĐ-UBND", "UBND xã Đạo Trù", "2026-02-12", title, null)).status());
        String corrected = client.get(PlatformIT.DAOTRU, page, null).body();
        assertTrue(corrected.contains("22/2026/QĐ-UBND") && !corrected.contains("21/2026/QĐ-UBND"),
                "a published item's corrected fields reach citizens at once (no cached page, no kept article)");
    }

    /** MIC Art. 11.2: registrations from outside (e-office, contacts) in a ministry unit, seen by the ministry. */
    void micUnitRegistrationsGetTheirDueDatesAndTheMinistrySeesThem() {
        String admin = client.token(CDS, "admin.cds.mic");
        String reference = "EOFFICE-" + System.nanoTime();
        String project = "{\"category\":\"du-an-dau-tu\",\"trigger\":\"APPROVED\",\"occurredAt\":\"2026-02-12\","
                + "\"reference\":\"" + reference + "\",\"subject\":\"Dự án thử " + reference + "\"}";
        PortalClient.Reply registered = client.post(CDS, "/api/v1/compliance/obligations", admin, project);
        assertEquals(201, registered.status(), registered.body());
        JsonObject obligation = ((JsonArray) registered.structure()).getJsonObject(0);
        assertEquals("2026-03-05", obligation.getString("dueOn"), "10 working days, Tết skipped");
        assertEquals("OVERDUE", obligation.getString("status"));
        assertTrue(obligation.getString("legalBasis").startsWith("MIC Art."), obligation.toString());
        PortalClient.Reply again = client.post(CDS, "/api/v1/compliance/obligations", admin, project);
        assertEquals(obligation.getJsonNumber("id").longValue(),
                ((JsonArray) again.structure()).getJsonObject(0).getJsonNumber("id").longValue(), "the same reference once");

        PortalClient.Reply contacts = client.post(CDS, "/api/v1/compliance/obligations", admin,
                "{\"category\":\"lien-he\",\"trigger\":\"INFORMATION_CHANGED\",\"occurredAt\":\"2026-08-28T10:00:00+07:00\","
                        + "\"subject\":\"Đổi số điện thoại đường dây nóng\"}");
        assertEquals(201, contacts.status(), contacts.body());
        assertEquals("2026-09-04", ((JsonArray) contacts.structure()).getJsonObject(0).getString("dueOn"),
                "2 working days on the official 2026 schedule: 31/8 swapped off, 1–2/9 National Day, then 3–4/9");

        assertEquals(422, client.post(CDS, "/api/v1/compliance/obligations", admin,
                "{\"category\":\"du-an-dau-tu\",\"trigger\":\"SIGNED\",\"occurredAt\":\"2026-02-12\",\"subject\":\"x\"}")
                .status(), "no rule of the category starts from a signature");
        PortalClient.Reply unknown = client.post(CDS, "/api/v1/compliance/obligations", admin,
                "{\"category\":\"du-an-dau-tu\",\"trigger\":\"KY_SO\",\"occurredAt\":\"2026-02-12\",\"subject\":\"x\"}");
        assertEquals(422, unknown.status());
        assertEquals("compliance.trigger.invalid", unknown.json().getString("error"));

        String head = client.token(MIC, "truongban.mic");
        JsonObject ministry = client.get(MIC, "/api/v1/compliance/summary?subtree=true&" + YEAR, head).json();
        JsonObject cds = find(ministry, "Cục Chuyển đổi số quốc gia").orElseThrow();
        assertTrue(cds.getJsonArray("overdue").toString().contains(reference), "the ministry sees its unit late");
        String ministryEditor = client.token(MIC, "bientap.mic");
        assertEquals(403, client.get(MIC, "/api/v1/compliance/summary?subtree=true", ministryEditor).status());

        String commune = client.token(PlatformIT.DAOTRU, "thuky.daotru");
        PortalClient.Reply noRule = client.post(PlatformIT.DAOTRU, "/api/v1/compliance/obligations", commune,
                "{\"category\":\"hoi-dap\",\"trigger\":\"QUESTION_RECEIVED\",\"occurredAt\":\"2026-11-02\",\"subject\":\"x\"}");
        assertEquals(422, noRule.status(), "the Vĩnh Phúc preset sets no deadline for answers: " + noRule.body());
    }

    /** The daily-news rule of the MIC preset (Art. 15.1) is evaluated per working day for the ministry. */
    void theDailyNewsRuleIsEvaluatedForTheMinistry() {
        String operator = client.token(PlatformIT.VINHPHUC, "vanhanh");
        assertEquals(200, client.post(PlatformIT.VINHPHUC, "/api/v1/compliance/evaluations", operator, "{}").status());
        String secretariat = client.token(MIC, "thuky.mic");
        JsonArray all = (JsonArray) client.get(MIC, "/api/v1/compliance/obligations", secretariat).structure();
        assertTrue(all.stream().map(JsonValue::asJsonObject).anyMatch(o -> "RECURRENCE".equals(o.getString("source"))
                && o.getString("legalBasis").equals("MIC Art. 15.1")), all.toString());
        assertEquals(403, client.post(PlatformIT.VINHPHUC, "/api/v1/compliance/evaluations",
                client.token(PlatformIT.DAOTRU, "bientap.daotru"), "{}").status(), "the operator's only");
    }

    /** REQUIREMENTS §3.5: number, words without diacritics, status; shareable GET addresses, English too. */
    void citizensSearchDocuments() {
        PortalClient.Reply words = client.get(PlatformIT.DAOTRU, "/van-ban?q=quy+che+lam+viec", null);
        assertEquals(200, words.status());
        assertTrue(words.body().contains("12/2026/QĐ-UBND"), "found without diacritics");
        assertFalse(words.body().contains("14/2026/QĐ-UBND"));
        PortalClient.Reply expired = client.get(PlatformIT.DAOTRU, "/tim-van-ban?hieu-luc=het-hieu-luc", null);
        assertTrue(expired.body().contains("05/2024/QĐ-UBND"), "the expired one");
        assertFalse(expired.body().contains("12/2026/QĐ-UBND"), "not the one in force");
        assertTrue(client.get(PlatformIT.DAOTRU, "/van-ban?so=16%2F2026", null).body().contains("Tìm thấy 0 văn bản"),
                "an unpublished document is not found");
        PortalClient.Reply english = client.get("english." + PlatformIT.DAOTRU, "/van-ban", null);
        assertTrue(english.body().contains("Document search"), "the English channel");
    }

    /**
     * MIC Art. 15.2: the demo document of the National Digital Transformation Agency that expired at the end of 2024 is
     * in the preview, then a run archives it (audited, 410 for citizens), never deletes it.
     */
    void retentionPreviewsThenArchivesAnExpiredDocument() {
        String admin = client.token(CDS, "admin.cds.mic");
        JsonArray preview = (JsonArray) client.get(CDS, "/api/v1/retention/preview", admin).structure();
        JsonObject candidate = preview.stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("title").startsWith("Hướng dẫn triển khai dịch vụ công")).findFirst()
                .orElseThrow(() -> new AssertionError("not in the preview: " + preview));
        assertEquals("2025-12-31", candidate.getString("removableFrom"), "one year after it expired");
        assertEquals("2024-12-31", candidate.getString("expiredOn"));
        long id = candidate.getJsonNumber("itemId").longValue();
        String slug = candidate.getString("slug");
        assertEquals(200, client.get(CDS, "/bai-viet/" + slug, null).status());
        assertEquals(403, client.get(CDS, "/api/v1/retention/preview", client.token(PlatformIT.DAOTRU, "bientap.daotru"))
                .status(), "another unit's editor");

        String operator = client.token(PlatformIT.VINHPHUC, "vanhanh");
        assertEquals(403, client.post(PlatformIT.VINHPHUC, "/api/v1/retention/runs", admin, "{}").status());
        PortalClient.Reply run = client.post(PlatformIT.VINHPHUC, "/api/v1/retention/runs", operator, "{}");
        assertEquals(200, run.status(), run.body());
        assertTrue(run.json().getInt("archived") >= 1, run.body());
        assertEquals(410, client.get(CDS, "/bai-viet/" + slug, null).status(), "off the public site");
        assertEquals("ARCHIVED", client.get(CDS, "/api/v1/items/" + id, admin).json().getString("state"),
                "archived, never deleted");
        assertTrue(client.get(CDS, "/api/v1/items/" + id + "/history", admin).body().contains("EXPIRE"),
                "the move is audited");
        assertFalse(client.get(CDS, "/api/v1/retention/preview", admin).body().contains(slug), "done once");
    }

    private Optional<JsonObject> obligationOfItem(String host, String token, Long unit, long itemId) {
        String path = "/api/v1/compliance/obligations?" + YEAR + (unit == null ? "" : "&unit=" + unit);
        PortalClient.Reply reply = client.get(host, path, token);
        assertEquals(200, reply.status(), reply.body());
        return ((JsonArray) reply.structure()).stream().map(JsonValue::asJsonObject)
                .filter(o -> o.containsKey("itemId") && o.getJsonNumber("itemId").longValue() == itemId).findFirst();
    }

    private static Optional<JsonObject> find(JsonObject node, String name) {
        if (name.equals(node.getString("unitName"))) {
            return Optional.of(node);
        }
        for (JsonValue child : node.getJsonArray("children")) {
            Optional<JsonObject> found = find(child.asJsonObject(), name);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** One save, one transaction (ItemSaving): a field refused after the text was written leaves neither behind. */
    void aSaveWhoseFieldsAreRefusedKeepsNothingOfItsText() {
        String editor = client.token(PlatformIT.DAOTRU, "bientap.daotru");
        long category = legalCategory(PlatformIT.DAOTRU, editor);
        String title = "Quyết định lưu một lần " + System.nanoTime();
        long id = item(PlatformIT.DAOTRU, editor, category, title);
        int revisions = ((JsonArray) client.get(PlatformIT.DAOTRU, "/api/v1/items/" + id + "/revisions", editor)
                .structure()).size();

        String badFields = "{\"hinh-thuc\":\"sac-lenh\",\"ngay-ky\":\"31/02/2026\"}";
        PortalClient.Reply refused = client.put(PlatformIT.DAOTRU, "/api/v1/items/" + id, editor, "{\"categoryId\":"
                + category + ",\"title\":\"Tiêu đề mới\",\"summary\":\"Mới\",\"body\":\"<p>Toàn văn mới</p>\","
                + "\"source\":\"Văn phòng\",\"authorName\":\"Văn thư\",\"fields\":" + badFields + "}");
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.json().getJsonArray("details").toString().contains("Số, ký hiệu"), refused.body());
        PortalClient.Reply after = client.get(PlatformIT.DAOTRU, "/api/v1/items/" + id, editor);
        assertEquals(title, after.json().getString("title"), "the text step was undone with the field step");
        assertEquals(revisions, ((JsonArray) client.get(PlatformIT.DAOTRU, "/api/v1/items/" + id + "/revisions",
                editor).structure()).size(), "no revision of the refused save");

        String newTitle = "Quyết định tạo cùng trường " + System.nanoTime();
        PortalClient.Reply refusedNew = client.post(PlatformIT.DAOTRU, "/api/v1/items", editor, "{\"categoryId\":"
                + category + ",\"title\":\"" + newTitle + "\",\"summary\":\"x\",\"body\":\"<p>x</p>\","
                + "\"source\":\"Văn phòng\",\"authorName\":\"Văn thư\",\"fields\":" + badFields + "}");
        assertEquals(422, refusedNew.status(), refusedNew.body());
        JsonArray drafts = (JsonArray) client.get(PlatformIT.DAOTRU, "/api/v1/items?state=DRAFT", editor).structure();
        assertTrue(drafts.stream().noneMatch(i -> newTitle.equals(i.asJsonObject().getString("title"))),
                "no item was created by the refused save");

        PortalClient.Reply created = client.post(PlatformIT.DAOTRU, "/api/v1/items", editor, "{\"categoryId\":"
                + category + ",\"title\":\"" + newTitle + "\",\"summary\":\"x\",\"body\":\"<p>x</p>\","
                + "\"source\":\"Văn phòng\",\"authorName\":\"Văn thư\",\"fields\":"
                + legalFields("22/2026/QĐ-UBND", "UBND xã Đạo Trù", "2026-02-12", newTitle, null) + "}");
        assertEquals(201, created.status(), created.body());
        assertEquals("22/2026/QĐ-UBND", created.json().getJsonObject("fields").getString("so-ky-hieu"),
                "text and fields saved together");
    }

    /** The category of a demo legal document of the unit (its fields name a number). */
    private long legalCategory(String host, String token) {
        JsonArray items = (JsonArray) client.get(host, "/api/v1/items?state=PUBLISHED", token).structure();
        return items.stream().map(JsonValue::asJsonObject)
                .filter(i -> i.containsKey("fields") && i.getJsonObject("fields").containsKey("so-ky-hieu"))
                .findFirst().orElseThrow().getJsonNumber("categoryId").longValue();
    }

    private long item(String host, String token, long category, String title) {
        PortalClient.Reply created = client.post(host, "/api/v1/items", token, "{\"categoryId\":" + category
                + ",\"title\":\"" + title + "\",\"summary\":\"" + title + "\",\"body\":\"<p>Toàn văn</p>\","
                + "\"source\":\"Văn phòng\",\"authorName\":\"Văn thư\"}");
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private void publish(String host, String author, String secretariat, long id) {
        assertEquals(200, move(host, author, id, "SUBMIT").status());
        for (String action : new String[] {"TAKE", "APPROVE", "PUBLISH"}) {
            PortalClient.Reply reply = move(host, secretariat, id, action);
            assertEquals(200, reply.status(), action + ": " + reply.body());
        }
    }

    private PortalClient.Reply move(String host, String token, long id, String action) {
        return client.post(host, "/api/v1/items/" + id + "/transitions", token, "{\"action\":\"" + action + "\"}");
    }

    private static String legalFields(String number, String issuer, String signed, String summary, String expires) {
        return "{\"hinh-thuc\":\"quyet-dinh\",\"so-ky-hieu\":\"" + number + "\",\"co-quan-ban-hanh\":\"" + issuer
                + "\",\"ngay-ky\":\"" + signed + "\",\"ngay-ban-hanh\":\"" + signed + "\",\"trich-yeu\":\"" + summary + "\""
                + (expires == null ? "" : ",\"ngay-het-hieu-luc\":\"" + expires + "\"") + "}";
    }
}
