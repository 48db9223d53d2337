package vn.cong.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
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
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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

    /** The SMTP server the deployment e-mails to (arquillian.xml: cong.mail.host/port). */
    static final int SMTP_PORT = 3025;

    static GreenMail smtp;

    @ArquillianResource
    URL base;

    PortalClient client;

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

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
    void aCommuneLegalDocumentIsDueSevenWorkingDaysAfterSigningAndTheProvinceSeesItLate() {
        new ComplianceChecks(client).communeDocumentIsDueSevenWorkingDaysAfterSigningAndTheProvinceSeesItLate();
    }

    @Test
    void aMicUnitsRegisteredObligationsGetTheirDueDatesAndTheMinistrySeesThem() {
        new ComplianceChecks(client).micUnitRegistrationsGetTheirDueDatesAndTheMinistrySeesThem();
    }

    @Test
    void theMinistrysDailyNewsRuleIsEvaluatedPerWorkingDay() {
        new ComplianceChecks(client).theDailyNewsRuleIsEvaluatedForTheMinistry();
    }

    @Test
    void citizensSearchLegalDocumentsByNumberWordsAndStatus() {
        new ComplianceChecks(client).citizensSearchDocuments();
    }

    @Test
    void theRetentionPreviewListsAnExpiredDocumentThatARunThenArchives() {
        new ComplianceChecks(client).retentionPreviewsThenArchivesAnExpiredDocument();
    }

    @Test
    void healthIncludesTheDatabase() {
        PortalClient.Reply health = client.get(VINHPHUC, "/health", null);
        assertEquals(200, health.status(), health.body());
        assertTrue(health.body().contains("database"), health.body());
    }

    @Test
    void theApiIsDescribedAtOpenapi() {
        PortalClient.Reply openapi = client.get(VINHPHUC, "/openapi", null);
        assertEquals(200, openapi.status(), "payara/Payara#7649 turned this into a 500 once");
        assertTrue(openapi.body().contains("/api/v1/items/{id}/transitions"), openapi.body());
        assertTrue(openapi.body().contains("/api/v1/reports/monthly"), openapi.body());
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
        assertEquals("vinh-phuc-32-2023@1", created.json().getString("preset"), "the commune follows its province's preset");

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
    void citizenPagesAreServedFromTheEdgeCacheUntilTheUnitPublishesAgain() {
        client.get(DAOTRU, "/", null);
        PortalClient.Reply cached = client.get(DAOTRU, "/", null);
        assertEquals("EDGE", cached.header("X-Cache").orElse(null),
                "a repeated anonymous GET is answered before the servlets");
        assertTrue(cached.header("Content-Security-Policy").orElse("").contains("frame-ancestors"),
                "with the page's headers");
        assertEquals(304, client.get(DAOTRU, "/", "If-None-Match", cached.header("ETag").orElseThrow()).status());
        assertTrue(client.get(DAOTRU, "/", "Cookie", "JSESSIONID=abc").header("X-Cache").isEmpty(),
                "someone with a session is never served a shared page");

        String editor = client.token(DAOTRU, "bientap.daotru");
        String title = "Tin mới sau bộ đệm " + System.nanoTime();
        long id = createItem(editor, title);
        publishThroughTheBoard(editor, id);

        PortalClient.Reply fresh = client.get(DAOTRU, "/", null);
        assertEquals("MISS", fresh.header("X-Cache").orElse(null), "publishing dropped the unit's pages");
        assertTrue(fresh.body().contains(title), "the home page shows the new item at once");
        assertEquals("EDGE", client.get(DAOTRU, "/", null).header("X-Cache").orElse(null));
    }

    @Test
    void theWorkingCalendarIsPublicAndAppliesTheOfficialSchedule() {
        PortalClient.Reply holidays = client.get(DAOTRU, "/api/v1/calendar/holidays?year=2026", null);
        assertEquals(200, holidays.status(), holidays.body());
        JsonArray days = (JsonArray) holidays.structure();
        JsonObject tet = day(days, "2026-02-17");
        assertEquals("Tết Nguyên đán", tet.getString("name"));
        assertEquals("HOLIDAY", tet.getString("kind"));
        assertEquals("WORKING_DAY", day(days, "2026-01-10").getString("kind"), "seeded by the migration on MariaDB");
        assertEquals("DAY_OFF", day(days, "2026-04-27").getString("kind"));
        JsonArray english = (JsonArray) client.getInEnglish(DAOTRU, "/api/v1/calendar/holidays?year=2026", null)
                .structure();
        assertEquals("Lunar New Year (Tết)", day(english, "2026-02-17").getString("name"));

        PortalClient.Reply afterTet = client.get(VINHPHUC, "/api/v1/calendar/add-working-days?from=2026-02-13&days=2",
                "not-a-valid-token");
        assertEquals(200, afterTet.status(), "a bad token does not matter on a public endpoint: " + afterTet.body());
        assertEquals("2026-02-24", afterTet.json().getString("date"));
        PortalClient.Reply february = client.get(VINHPHUC,
                "/api/v1/calendar/working-days?from=2026-01-31&to=2026-02-28", null);
        assertEquals(15, february.json().getInt("count"), february.body());
    }

    @Test
    void calendarRefusalsAreExplainedInTheCallersLanguageNeverWithAStackTrace() {
        PortalClient.Reply tooEarly = client.get(VINHPHUC, "/api/v1/calendar/holidays?year=1900", null);
        assertEquals(422, tooEarly.status());
        assertEquals("Lịch làm việc chỉ áp dụng cho các năm từ 2021 đến 2100.", tooEarly.json().getString("message"));
        assertEquals("The working calendar covers the years 2021 to 2100 only.", client.getInEnglish(VINHPHUC,
                "/api/v1/calendar/holidays?year=1900", null).json().getString("message"));

        PortalClient.Reply badDate = client.get(VINHPHUC, "/api/v1/calendar/add-working-days?from=2026-02-30&days=1",
                null);
        assertEquals(422, badDate.status());
        assertEquals("calendar.date.invalid", badDate.json().getString("error"));
        assertTrue(badDate.json().getString("message").contains("2026-02-30"), badDate.body());
        for (String query : new String[] {"holidays", "holidays?year=hai-nghin", "add-working-days?days=1",
                "add-working-days?from=2026-03-02&days=1000000", "add-working-days?from=2026-03-02&days=abc",
                "working-days?from=2026-03-02", "working-days?from=2026-03-02&to=2199-01-01"}) {
            PortalClient.Reply refused = client.get(VINHPHUC, "/api/v1/calendar/" + query, null);
            assertEquals(422, refused.status(), query + ": " + refused.body());
            assertFalse(refused.body().contains("Exception"), refused.body());
        }
    }

    @Test
    void aCommunePublishesItsCatalogOfPublishedInformationGeneratedFromItsCatalog() {
        PortalClient.Reply page = client.get(DAOTRU, "/danh-muc-thong-tin", null);
        assertEquals(200, page.status(), page.body());
        String html = page.body();
        assertTrue(html.contains("<caption>Danh mục thông tin công khai của Xã Đạo Trù</caption>"), html);
        assertTrue(html.contains("<th scope=\"col\">Thời điểm công khai</th>"), "accessible table headers");
        assertTrue(html.contains("<th scope=\"row\">Văn bản quy phạm pháp luật"), html);
        assertTrue(html.contains("<a href=\"/chuyen-muc/van-ban-quy-pham-phap-luat\">"), "its location");
        assertTrue(html.contains("Trong 7 ngày làm việc kể từ ngày ký"), "its time of publication, from the VP preset");
        assertTrue(html.contains("Trong ngày ký"), "emergency documents: the same day");
        assertTrue(html.contains("Theo quy định của pháp luật về lưu trữ"), "its duration (VP Art. 11)");
        assertTrue(html.contains("Quyết định số 32/2023/QĐ-UBND"), "the regulation it follows");
        assertFalse(html.contains("<script"), "server-rendered, no script needed");
        assertTrue(client.get(DAOTRU, "/", null).body().contains("href=\"/danh-muc-thong-tin\""), "linked in the footer");
        assertEquals(200, client.get(DAOTRU, "/chuyen-muc/van-ban-quy-pham-phap-luat", null).status());
    }

    @Test
    void theEnglishChannelShowsTheCatalogOfPublishedInformationInEnglish() {
        PortalClient.Reply page = client.get("english." + DAOTRU, "/danh-muc-thong-tin", null);
        assertEquals(200, page.status(), page.body());
        String html = page.body();
        assertTrue(html.contains("lang=\"en\""), "an English page");
        assertTrue(html.contains("<th scope=\"col\">Time of publication</th>"), html);
        assertTrue(html.contains("<th scope=\"row\">Legal normative documents"), html);
        assertTrue(html.contains("Within 7 working days of signing"), html);
        assertTrue(html.contains("VP Art. 6.2") || html.contains("VP Art. 5.5"), "the legal basis, in English");
        assertFalse(html.contains("Trong 7 ngày làm việc"), "no Vietnamese rule words on the English channel");
    }

    private static JsonObject day(JsonArray days, String date) {
        return days.getValuesAs(JsonObject.class).stream().filter(d -> d.getString("date").equals(date)).findFirst()
                .orElseThrow(() -> new AssertionError(date + " missing in " + days));
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountWith423AndRetryAfterEvenForTheRightPassword() {
        Opened unit = openCommune("khoa");
        for (int attempt = 1; attempt < 5; attempt++) {
            assertEquals(401, client.requestToken(unit.host(), unit.admin(), "sai-mat-khau-" + attempt, null).status());
        }
        PortalClient.Reply locked = client.requestToken(unit.host(), unit.admin(), "sai-mat-khau-5", null);
        assertEquals(423, locked.status(), locked.body());
        PortalClient.Reply rightButLocked = client.requestToken(unit.host(), unit.admin(), unit.password(), null);
        assertEquals(423, rightButLocked.status(), "a locked account is refused without looking at the password");
        assertEquals("auth.locked", rightButLocked.json().getString("error"));
        assertTrue(rightButLocked.json().getString("message").startsWith("Đăng nhập tạm thời bị khóa"),
                rightButLocked.body());
        long retryAfter = Long.parseLong(rightButLocked.header("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "first lock: one minute, got " + retryAfter);

        String nobody = "khongco." + System.nanoTime();
        for (int attempt = 1; attempt < 5; attempt++) {
            client.requestToken(VINHPHUC, nobody, "sai-mat-khau", null);
        }
        PortalClient.Reply nobodyLocked = client.post(VINHPHUC, "/api/v1/auth/token", null,
                "{\"username\":\"" + nobody + "\",\"password\":\"sai-mat-khau\"}");
        assertEquals(423, nobodyLocked.status(), "an unknown name locks the same way: the answer reveals nothing");
        assertEquals(rightButLocked.json().getString("message"), nobodyLocked.json().getString("message"));
        PortalClient.Reply english = client.postInEnglish(VINHPHUC, "/api/v1/auth/token", null,
                "{\"username\":\"" + nobody + "\",\"password\":\"x\"}");
        assertTrue(english.json().getString("message").startsWith("Sign-in is temporarily locked"), english.body());
        assertTrue(english.header("Retry-After").isPresent());
    }

    @Test
    void aDeactivatedAccountsTokenIsRefusedAtOnceAndItsHistoryStays() {
        Opened unit = openCommune("nghi");
        String token = client.freshToken(unit.host(), unit.admin(), unit.password());
        assertEquals(200, client.get(unit.host(), "/api/v1/items?state=PUBLISHED", token).status());

        String editor = client.token(DAOTRU, "bientap.daotru");
        assertEquals(403, client.post(VINHPHUC, "/api/v1/accounts/" + unit.admin() + "/deactivate", editor, null).status());

        String dic = client.token(VINHPHUC, "qtri.sotttt");
        PortalClient.Reply deactivated = client.post(VINHPHUC, "/api/v1/accounts/" + unit.admin() + "/deactivate", dic, null);
        assertEquals(200, deactivated.status(), deactivated.body());
        assertFalse(deactivated.json().getBoolean("active"));
        assertEquals(401, client.get(unit.host(), "/api/v1/items?state=PUBLISHED", token).status(), "the token ends at once");
        assertEquals(401, client.requestToken(unit.host(), unit.admin(), unit.password(), null).status());
        JsonArray pages = (JsonArray) client.get(unit.host(), "/api/v1/items?state=PUBLISHED", dic).structure();
        assertFalse(pages.isEmpty(), "what the account wrote stays");

        PortalClient.Reply reactivated = client.post(VINHPHUC, "/api/v1/accounts/" + unit.admin() + "/reactivate", dic, null);
        assertTrue(reactivated.json().getBoolean("active"), reactivated.body());
        assertEquals(401, client.get(unit.host(), "/api/v1/items?state=PUBLISHED", token).status(), "old tokens stay dead");
        String again = client.freshToken(unit.host(), unit.admin(), unit.password());
        assertEquals(200, client.get(unit.host(), "/api/v1/items?state=PUBLISHED", again).status());
    }

    @Test
    void theSecretariatNeedsASecondFactorOnTheApiAndEachCodeWorksOnce() {
        PortalClient.Reply noCode = client.requestToken(VINHTUONG, "thuky.vinhtuong", PortalClient.PASSWORD, null);
        assertEquals(401, noCode.status());
        assertEquals("auth.code.required", noCode.json().getString("error"));
        String code = PortalClient.freshCode("thuky.vinhtuong");
        assertEquals(200, client.requestToken(VINHTUONG, "thuky.vinhtuong", PortalClient.PASSWORD, code).status());
        PortalClient.Reply replay = client.requestToken(VINHTUONG, "thuky.vinhtuong", PortalClient.PASSWORD, code);
        assertEquals(401, replay.status(), "a code is accepted once");
        assertEquals("auth.code.invalid", replay.json().getString("error"));
    }

    @Test
    void theBackOfficeLoginFormNeedsItsViewStateAndItsCookieOpensNoApi() {
        PortalClient.Reply form = client.get(DAOTRU, "/admin/login.xhtml", null);
        String cookie = form.sessionCookie().orElseThrow(() -> new AssertionError("no session: " + form));
        java.util.regex.Matcher state = java.util.regex.Pattern
                .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
        assertTrue(state.find(), "the login form carries a view state");
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>(java.util.Map.of("loginForm", "loginForm",
                "username", "bientap.daotru", "password", PortalClient.PASSWORD, "login", ""));

        PortalClient.Reply forged = client.form(DAOTRU, "/admin/login.xhtml", cookie, fields);
        assertFalse(forged.header("Location").orElse("").contains("/admin/index.xhtml"), "no view state, no sign-in");

        fields.put("jakarta.faces.ViewState", state.group(1));
        PortalClient.Reply signedIn = client.form(DAOTRU, "/admin/login.xhtml", cookie, fields);
        assertEquals(302, signedIn.status(), signedIn.body());
        String session = signedIn.sessionCookie().orElse(cookie);
        assertFalse(session.equals(cookie), "a fresh session id after sign-in");
        assertEquals(200, client.getWithCookie(DAOTRU, "/admin/index.xhtml", session).status());
        assertEquals(302, client.getWithCookie(DAOTRU, "/admin/index.xhtml", cookie).status(), "the old id is worthless");

        PortalClient.Reply api = client.postWithCookie(DAOTRU, "/api/v1/accounts/bientap.vinhtuong/deactivate", session,
                null);
        assertEquals(401, api.status(), "the API takes bearer tokens only, never the back-office cookie");

        String csp = client.get(DAOTRU, "/", null).header("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'self'"), csp);
        assertEquals("nosniff", signedIn.header("X-Content-Type-Options").orElse(""));
    }

    /** A new commune under Tam Đảo with its own administrator: accounts a test may lock or deactivate. */
    private Opened openCommune(String prefix) {
        String label = prefix + (System.nanoTime() % 1_000_000);
        String password = "Xa" + label + "-2026!";
        String dic = client.token(VINHPHUC, "qtri.sotttt");
        PortalClient.Reply created = client.post(VINHPHUC, "/api/v1/units", dic, "{\"parentId\":"
                + unitIdOf(TAMDAO, "admin.tamdao.vinhphuc") + ",\"level\":\"COMMUNE\",\"officialName\":\"Xã Thử "
                + label + "\",\"hostLabel\":\"" + label + "\",\"admin\":{\"password\":\"" + password + "\"}}");
        assertEquals(201, created.status(), created.body());
        String host = created.json().getString("hostname");
        return new Opened(host, created.json().getString("adminUsername"), password);
    }

    private record Opened(String host, String admin, String password) {
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
                .filter(line -> !line.getString("toState", "").isEmpty()) // the moves, not e.g. the royalty line
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
        assertTrue(moved.header("Location").orElse("").endsWith("/bai-viet/" + slugOf(editor, replacement)),
                moved.header("Location").orElse("no Location"));

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

    @Test
    void revisionsAndTheirDiffAreReadThroughTheApiAndAnAmendmentStaysUnseenUntilRepublished() {
        String editor = client.token(DAOTRU, "bientap.daotru");
        String secretariat = client.token(DAOTRU, "thuky.daotru");
        String title = "Lễ hội đền Tây Thiên " + System.nanoTime();
        long id = createItem(editor, title);
        long category = client.get(DAOTRU, "/api/v1/items/" + id, editor).json().getJsonNumber("categoryId").longValue();
        assertEquals(200, client.put(DAOTRU, "/api/v1/items/" + id, editor, draft(category, title,
                "<p>Khai mạc ngày 15 tháng Giêng.</p>", null, false)).status());
        publishThroughTheBoard(editor, id);
        String path = "/bai-viet/" + slugOf(editor, id);

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

        assertEquals(200, transition(secretariat, id, "REPUBLISH").status());
        assertEquals(409, transition(secretariat, id, "REPUBLISH").status(), "nothing left to republish");
        String after = client.get(DAOTRU, path, null).body();
        assertTrue(after.contains("20 tháng Giêng"), after);
        assertTrue(after.contains("Cập nhật ngày ") && after.contains("Lùi ngày khai mạc theo thông báo của UBND huyện"),
                "the change note, under the article: " + after);
        assertTrue(client.get("english." + DAOTRU, path, null).body().contains("Updated on "),
                "in English on the English channel");
    }

    @Test
    void aRejectionNotifiesTheAuthorInTheBackOfficeAndByEmail() throws Exception {
        String editor = client.token(DAOTRU, "bientap.daotru");
        String secretariat = client.token(DAOTRU, "thuky.daotru");
        String title = "Tin chưa rõ nguồn " + System.nanoTime();
        long id = createItem(editor, title);
        assertEquals(200, transition(editor, id, "SUBMIT").status());
        JsonObject submitted = latestNotification(secretariat, title);
        assertEquals("item.submitted", submitted.getString("kind"));
        assertTrue(submitted.getString("message").contains("Hạn biên tập:"), submitted.toString());

        assertEquals(200, move(secretariat, id, "{\"action\":\"REJECT\",\"reason\":\"UNKNOWN_SOURCE\","
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

    @Test
    void theSecretariatsInboxShowsDueTimesAndABulkTakeMovesEachItemOnItsOwn() {
        String editor = client.token(DAOTRU, "bientap.daotru");
        String secretariat = client.token(DAOTRU, "thuky.daotru");
        long first = createItem(editor, "Tin nhận hàng loạt một " + System.nanoTime());
        long second = createItem(editor, "Tin nhận hàng loạt hai " + System.nanoTime());
        long draft = createItem(editor, "Tin còn nháp " + System.nanoTime());
        assertEquals(200, transition(editor, first, "SUBMIT").status());
        assertEquals(200, transition(editor, second, "SUBMIT").status());

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

    private static MimeMessage mailTo(String address, String about) {
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

    private List<String> actions(String token, long id) {
        return client.get(DAOTRU, "/api/v1/items/" + id, token).json().getJsonArray("availableActions")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
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
        // a news item's category: the demo's legal documents (structured fields) sit in categories not on the home page
        long category = publishedItems(DAOTRU, token).getValuesAs(JsonObject.class).stream()
                .filter(i -> !i.containsKey("fields") || i.getJsonObject("fields").isEmpty()).findFirst().orElseThrow()
                .getJsonNumber("categoryId").longValue();
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
        publish(DAOTRU, author, client.token(DAOTRU, "thuky.daotru"), id);
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
