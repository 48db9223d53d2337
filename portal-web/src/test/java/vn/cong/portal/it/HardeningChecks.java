package vn.cong.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cong.portal.it.PlatformIT.DAOTRU;
import static vn.cong.portal.it.PlatformIT.VINHPHUC;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Bad input and the answers that carry no application code: a malformed bulk request, query strings that are
 * not UTF-8, the security headers of redirects and error pages, the session cookie's attributes. Run from
 * {@link PlatformIT}: one deployment for all.
 */
final class HardeningChecks {

    private final PortalClient client;
    private final ItemsApi items;

    HardeningChecks(PortalClient client) {
        this.client = client;
        this.items = new ItemsApi(client);
    }

    void aBulkRequestWithAMissingIdIs422InBothLanguagesAndMovesNothing() {
        String editor = client.token(DAOTRU, "bientap.daotru");
        long id = items.createItem(editor, "Tin thử hàng loạt " + System.nanoTime());
        String body = "{\"itemIds\":[" + id + ",null],\"action\":\"TAKE\"}";

        PortalClient.Reply refused = client.post(DAOTRU, "/api/v1/items/bulk-transitions", editor, body);
        assertEquals(422, refused.status(), refused.body());
        assertEquals("bulk.invalid-id", refused.json().getString("error"));
        assertTrue(refused.json().getString("message").contains("không tin bài nào được xử lý"), refused.body());
        PortalClient.Reply english = client.postInEnglish(DAOTRU, "/api/v1/items/bulk-transitions", editor, body);
        assertTrue(english.json().getString("message").contains("no item was handled"), english.body());
        assertEquals("DRAFT", client.get(DAOTRU, "/api/v1/items/" + id, editor).json().getString("state"),
                "the valid id before the null one did not move");
    }

    void queryStringsThatAreNotUtf8Get400WithTheVietnamesePageOnEveryRoute() {
        for (String host : List.of(DAOTRU, VINHPHUC, "khongco.localhost")) {
            for (String path : List.of("/?x=", "/van-ban?q=", "/admin/?x=", "/health?x=", "/api/v1/calendar/holidays?year=")) {
                for (byte[] bad : List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC3, (byte) 0x28},
                        "%FF".getBytes(StandardCharsets.US_ASCII))) {
                    PortalClient.RawReply reply = client.rawGet(host, concat(path, bad));
                    String what = host + path + " " + java.util.HexFormat.of().formatHex(bad);
                    assertEquals(400, reply.status(), what + ": " + reply.body());
                    assertTrue(reply.body().contains("Yêu cầu không hợp lệ"), what + ": " + reply.body());
                    assertSecurityHeaders(reply.headers(), what);
                }
            }
        }
        PortalClient.RawReply vietnamese = client.rawGet(DAOTRU,
                concat("/van-ban?q=", "nghị+định".getBytes(StandardCharsets.UTF_8)));
        assertEquals(200, vietnamese.status(), "raw UTF-8 is still read: " + vietnamese.body());
    }

    void redirectsAndErrorPagesCarryTheSecurityHeaders() {
        PortalClient.RawReply login = client.rawGet(DAOTRU, "/admin/".getBytes(StandardCharsets.US_ASCII));
        assertEquals(302, login.status(), "the back office sends a stranger to its login page");
        assertSecurityHeaders(login.headers(), "the redirect to the login page");

        PortalClient.RawReply missing = client.rawGet(DAOTRU, "/khong-co-trang-nay".getBytes(StandardCharsets.US_ASCII));
        assertEquals(404, missing.status());
        assertSecurityHeaders(missing.headers(), "a 404 page");

        PortalClient.RawReply unknownHost = client.rawGet("khongco.localhost", "/".getBytes(StandardCharsets.US_ASCII));
        assertEquals(404, unknownHost.status());
        assertSecurityHeaders(unknownHost.headers(), "an unknown host's page");

        PortalClient.RawReply page = client.rawGet(DAOTRU, "/".getBytes(StandardCharsets.US_ASCII));
        assertEquals(200, page.status());
        assertEquals(1, page.headers().get("content-security-policy").split("default-src", -1).length - 1,
                "each header once, also where the page cache replays stored headers: " + page.headers());
    }

    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        PortalClient.Reply form = client.get(DAOTRU, "/admin/login.xhtml", null);
        List<String> cookies = form.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).toList();
        assertFalse(cookies.isEmpty(), "the login page opens a session: " + form.headers().map());
        for (String cookie : cookies) {
            String attributes = cookie.toLowerCase(java.util.Locale.ROOT).replace(" ", "");
            assertTrue(attributes.contains(";samesite=lax"), cookie);
            assertEquals(1, attributes.split("samesite=", -1).length - 1, "SameSite once: " + cookie);
            assertTrue(attributes.contains(";httponly"), cookie);
        }
    }

    private static void assertSecurityHeaders(Map<String, String> headers, String what) {
        assertTrue(headers.getOrDefault("content-security-policy", "").contains("frame-ancestors 'self'"),
                what + ": " + headers);
        assertEquals("nosniff", headers.get("x-content-type-options"), what + ": " + headers);
        assertEquals("SAMEORIGIN", headers.get("x-frame-options"), what + ": " + headers);
    }

    private static byte[] concat(String path, byte[] tail) {
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        target.writeBytes(path.getBytes(StandardCharsets.US_ASCII));
        target.writeBytes(tail);
        return target.toByteArray();
    }
}
