package vn.cong.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cong.portal.it.PlatformIT.DAOTRU;
import static vn.cong.portal.it.PlatformIT.VINHPHUC;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/**
 * The public working calendar and the catalog of published information. Run from {@link PlatformIT}: one
 * deployment for all.
 */
final class CalendarAndCatalogChecks {

    private final PortalClient client;
    private final ItemsApi items;

    CalendarAndCatalogChecks(PortalClient client) {
        this.client = client;
        this.items = new ItemsApi(client);
    }

    void theWorkingCalendarIsPublicAndAppliesTheOfficialSchedule() {
        PortalClient.Reply holidays = client.get(DAOTRU, "/api/v1/calendar/holidays?year=2026", null);
        assertEquals(200, holidays.status(), holidays.body());
        JsonArray days = (JsonArray) holidays.structure();
        JsonObject tet = day(days, "2026-02-17");
        assertEquals("Tết Nguyên đán", tet.getString("name"));
        assertEquals("HOLIDAY", tet.getString("kind"));
        assertTrue(tet.getBoolean("official"), "2026 is seeded by the migration");
        assertEquals("Thông báo 9441/TB-BNV ngày 16/10/2025", tet.getString("basis"));
        assertEquals("WORKING_DAY", day(days, "2026-01-10").getString("kind"), "seeded by the migration on MariaDB");
        assertEquals("DAY_OFF", day(days, "2026-04-27").getString("kind"));
        JsonArray english = (JsonArray) client.getInEnglish(DAOTRU, "/api/v1/calendar/holidays?year=2026", null)
                .structure();
        assertEquals("Lunar New Year (Tết)", day(english, "2026-02-17").getString("name"));
        PortalClient.Reply computed = client.get(DAOTRU, "/api/v1/calendar/holidays?year=1990", null);
        assertEquals(200, computed.status(), computed.body());
        JsonObject tet1990 = day((JsonArray) computed.structure(), "1990-01-27");
        assertFalse(tet1990.getBoolean("official"), "no schedule recorded for 1990: computed");
        assertEquals("Bộ luật Lao động 1994, Điều 73 (áp dụng cho các năm trước khi có hiệu lực)",
                tet1990.getString("basis"));

        PortalClient.Reply afterTet = client.get(VINHPHUC, "/api/v1/calendar/add-working-days?from=2026-02-13&days=2",
                "not-a-valid-token");
        assertEquals(200, afterTet.status(), "a bad token does not matter on a public endpoint: " + afterTet.body());
        assertEquals("2026-02-24", afterTet.json().getString("date"));
        PortalClient.Reply february = client.get(VINHPHUC,
                "/api/v1/calendar/working-days?from=2026-01-31&to=2026-02-28", null);
        assertEquals(15, february.json().getInt("count"), february.body());
    }

    void calendarRefusalsAreExplainedInTheCallersLanguageNeverWithAStackTrace() {
        PortalClient.Reply tooEarly = client.get(VINHPHUC, "/api/v1/calendar/holidays?year=1900", null);
        assertEquals(422, tooEarly.status());
        assertEquals("Lịch làm việc chỉ áp dụng cho các năm từ 1980 đến 2100.", tooEarly.json().getString("message"));
        assertEquals("The working calendar covers the years 1980 to 2100 only.", client.getInEnglish(VINHPHUC,
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
}
