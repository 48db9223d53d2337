package vn.cong.portal.abuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormTokensTest {

    private static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    private static final Instant NOW = Instant.parse("2026-12-05T03:00:00Z");

    private final FormKeys keys = AbuseTestKit.keys(KEY);

    @Test
    void aTokenComesBackWithItsCookieAndIsTaken() {
        List<Cookie> set = new ArrayList<>();
        String token = AbuseTestKit.tokens(keys, NOW).issue(AbuseTestKit.request(Map.of(), List.of()),
                AbuseTestKit.response(set));
        assertEquals(1, set.size());
        Cookie cookie = set.get(0);
        assertTrue(cookie.isHttpOnly());
        assertEquals("Strict", cookie.getAttribute("SameSite"));
        assertTrue(AbuseTestKit.tokens(keys, NOW.plusSeconds(600)).accepts(
                AbuseTestKit.request(Map.of(FormTokens.FIELD, token), List.of(cookie))));
    }

    @Test
    void aBrowserWithTheCookieGetsNoNewOneAndItsNextTokenMatchesIt() {
        Cookie cookie = new Cookie(FormTokens.COOKIE, "abcdefghijklmnopqrstuvwx");
        List<Cookie> set = new ArrayList<>();
        String token = AbuseTestKit.tokens(keys, NOW).issue(AbuseTestKit.request(Map.of(), List.of(cookie)),
                AbuseTestKit.response(set));
        assertTrue(set.isEmpty());
        assertTrue(AbuseTestKit.tokens(keys, NOW).accepts(
                AbuseTestKit.request(Map.of(FormTokens.FIELD, token), List.of(cookie))));
    }

    @Test
    void noCookieAnotherBrowsersCookieAChangedTokenAnOldOneOrAnotherKeyAreRefused() {
        Cookie cookie = new Cookie(FormTokens.COOKIE, "abcdefghijklmnopqrstuvwx");
        FormTokens tokens = AbuseTestKit.tokens(keys, NOW);
        String token = tokens.issue(AbuseTestKit.request(Map.of(), List.of(cookie)), AbuseTestKit.response(new ArrayList<>()));
        assertFalse(tokens.accepts(AbuseTestKit.request(Map.of(FormTokens.FIELD, token), List.of())));
        assertFalse(tokens.accepts(AbuseTestKit.request(Map.of(FormTokens.FIELD, token),
                List.of(new Cookie(FormTokens.COOKIE, "zzzzzzzzzzzzzzzzzzzzzzzz")))));
        assertFalse(tokens.accepts(AbuseTestKit.request(Map.of(FormTokens.FIELD, token + "x"), List.of(cookie))));
        assertFalse(tokens.accepts(AbuseTestKit.request(Map.of(), List.of(cookie))));
        assertFalse(tokens.accepts(AbuseTestKit.request(Map.of(FormTokens.FIELD, "garbage"), List.of(cookie))));
        assertFalse(AbuseTestKit.tokens(keys, NOW.plus(FormTokens.LIFETIME).plusSeconds(1)).accepts(
                AbuseTestKit.request(Map.of(FormTokens.FIELD, token), List.of(cookie))), "too old");
        assertFalse(AbuseTestKit.tokens(AbuseTestKit.keys(null), NOW).accepts(
                AbuseTestKit.request(Map.of(FormTokens.FIELD, token), List.of(cookie))), "signed under another key");
    }
}
