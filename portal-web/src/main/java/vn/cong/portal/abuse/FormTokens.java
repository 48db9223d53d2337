package vn.cong.portal.abuse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

/**
 * CSRF protection of citizens' forms, which have no session: the page sets a random value in a cookie only this
 * site can send ({@code SameSite=Strict}, HttpOnly) and puts the same value, signed with the time, in a hidden
 * field; a submission is taken only when both come back, match, and the form is at most {@link #LIFETIME} old. A
 * page of another site can neither read the cookie nor make the signature.
 */
@ApplicationScoped
public class FormTokens {

    public static final String FIELD = "_form";
    static final String COOKIE = "cong-form";
    static final Duration LIFETIME = Duration.ofHours(3);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    FormKeys keys;

    @Inject
    Clock clock;

    /** The hidden field's value for a form about to be shown; sets its cookie (reusing one the browser has). */
    public String issue(HttpServletRequest request, HttpServletResponse response) {
        String nonce = cookie(request);
        if (nonce == null) {
            byte[] bytes = new byte[18];
            RANDOM.nextBytes(bytes);
            nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Cookie cookie = new Cookie(COOKIE, nonce);
            cookie.setHttpOnly(true);
            cookie.setPath("/");
            cookie.setSecure(request.isSecure());
            cookie.setAttribute("SameSite", "Strict");
            response.addCookie(cookie);
        }
        String issued = Long.toString(clock.instant().getEpochSecond());
        return issued + "." + keys.sign("token", issued + "." + nonce);
    }

    /** Whether the submission carries a token this site issued to this browser, young enough. */
    public boolean accepts(HttpServletRequest request) {
        String token = request.getParameter(FIELD);
        String nonce = cookie(request);
        if (token == null || nonce == null) {
            return false;
        }
        int dot = token.indexOf('.');
        if (dot < 1) {
            return false;
        }
        long issued;
        try {
            issued = Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException e) {
            return false;
        }
        long age = clock.instant().getEpochSecond() - issued;
        if (age < 0 || age > LIFETIME.toSeconds()) {
            return false;
        }
        String expected = keys.sign("token", token.substring(0, dot) + "." + nonce);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
    }

    private static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null && cookie.getValue().length() <= 64) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
