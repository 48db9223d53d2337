package vn.cong.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cong.identity.ClientOrigin;

class SecurityHeadersFilterTest {

    private static HttpServletRequest request(boolean secure, String remote, Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "isSecure" -> secure;
                    case "getRemoteAddr" -> remote;
                    case "getHeader" -> headers.get((String) args[0]);
                    default -> null;
                });
    }

    private static Map<String, String> filter(String trustedProxies, HttpServletRequest request) throws Exception {
        Map<String, String> headers = new HashMap<>();
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
                HttpServletResponse.class.getClassLoader(), new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("setHeader")) {
                        headers.put((String) args[0], (String) args[1]);
                    }
                    return method.getName().equals("containsHeader") ? headers.containsKey((String) args[0]) : null;
                });
        ClientOrigin origin = new ClientOrigin();
        Field proxies = ClientOrigin.class.getDeclaredField("configuredProxies");
        proxies.setAccessible(true);
        proxies.set(origin, trustedProxies);
        SecurityHeadersFilter filter = new SecurityHeadersFilter();
        filter.origin = origin;
        boolean[] passedOn = {false};
        filter.doFilter(request, response, (req, res) -> passedOn[0] = true);
        assertTrue(passedOn[0], "the request goes on");
        return headers;
    }

    @Test
    void everyAnswerForbidsFramingBySomeoneElseAndSniffing() throws Exception {
        Map<String, String> headers = filter(" ", request(false, "127.0.0.1", Map.of()));
        String csp = headers.get("Content-Security-Policy");
        assertTrue(csp.contains("frame-ancestors 'self'"), csp);
        assertTrue(csp.contains("object-src 'none'") && csp.contains("base-uri 'self'") && csp.contains("form-action 'self'"), csp);
        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
        assertEquals("SAMEORIGIN", headers.get("X-Frame-Options"));
        assertNull(headers.get("Strict-Transport-Security"), "no HSTS over plain HTTP");
        assertFalse(csp.contains("unsafe-eval"), "no string is ever evaluated as script: " + csp);
    }

    @Test
    void httpsGetsHsts() throws Exception {
        assertEquals("max-age=31536000; includeSubDomains",
                filter(" ", request(true, "127.0.0.1", Map.of())).get("Strict-Transport-Security"));
    }

    @Test
    void forwardedHttpsCountsOnlyFromATrustedProxy() throws Exception {
        Map<String, String> forwarded = Map.of("X-Forwarded-Proto", "https");
        assertNull(filter(" ", request(false, "203.0.113.9", forwarded)).get("Strict-Transport-Security"));
        assertEquals(SecurityHeaders.HSTS,
                filter("10.0.0.2", request(false, "10.0.0.2", forwarded)).get("Strict-Transport-Security"));
    }
}
