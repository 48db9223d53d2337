package vn.cong.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cong.portal.it.PlatformIT.DAOTRU;
import static vn.cong.portal.it.PlatformIT.TAMDAO;
import static vn.cong.portal.it.PlatformIT.VINHPHUC;
import static vn.cong.portal.it.PlatformIT.VINHTUONG;

import jakarta.json.JsonArray;

/**
 * Account security: lockout with Retry-After, deactivation, the second factor, the login form's view state and
 * cookies. Run from {@link PlatformIT}: one deployment for all.
 */
final class AccountSecurityChecks {

    private final PortalClient client;
    private final ItemsApi items;

    AccountSecurityChecks(PortalClient client) {
        this.client = client;
        this.items = new ItemsApi(client);
    }

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
                + items.unitIdOf(TAMDAO, "admin.tamdao.vinhphuc") + ",\"level\":\"COMMUNE\",\"officialName\":\"Xã Thử "
                + label + "\",\"hostLabel\":\"" + label + "\",\"admin\":{\"password\":\"" + password + "\"}}");
        assertEquals(201, created.status(), created.body());
        String host = created.json().getString("hostname");
        return new Opened(host, created.json().getString("adminUsername"), password);
    }

    private record Opened(String host, String admin, String password) {
    }
}
