package vn.cong.portal.abuse;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The guards' parts wired by hand, over requests and answers that are just maps. */
final class AbuseTestKit {

    private AbuseTestKit() {
    }

    static FormKeys keys(String base64) {
        FormKeys keys = new FormKeys();
        keys.configured = Optional.ofNullable(base64);
        keys.init();
        return keys;
    }

    static FormTokens tokens(FormKeys keys, Instant now) {
        FormTokens tokens = new FormTokens();
        tokens.keys = keys;
        tokens.clock = Clock.fixed(now, ZoneOffset.UTC);
        return tokens;
    }

    static HttpServletRequest request(Map<String, String> parameters, List<Cookie> cookies) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getParameter" -> parameters.get((String) args[0]);
                    case "getCookies" -> cookies.isEmpty() ? null : cookies.toArray(Cookie[]::new);
                    case "isSecure" -> false;
                    default -> null;
                });
    }

    /** An answer that keeps the cookies set on it. */
    static HttpServletResponse response(List<Cookie> set) {
        return (HttpServletResponse) Proxy.newProxyInstance(HttpServletResponse.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    if (method.getName().equals("addCookie")) {
                        set.add((Cookie) args[0]);
                    }
                    return null;
                });
    }
}
