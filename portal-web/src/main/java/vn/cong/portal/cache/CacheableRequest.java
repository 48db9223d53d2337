package vn.cong.portal.cache;

import java.util.Locale;

/**
 * Which requests may be answered from the page cache: anonymous GETs of citizen pages — never the back office,
 * the API, Faces resources or the platform endpoints, and never for someone who carries a session. One rule for
 * both places that serve hits (the servlet filter and the HTTP-layer {@link EdgeHandler}).
 */
final class CacheableRequest {

    private static final String[] NEVER_CACHED = {
        "/admin", "/api/", "/jakarta.faces.resource", "/health", "/openapi", "/metrics",
        // a citizen's own pages: the question form carries its form token, the status page one person's question,
        // the challenge is new each time, a consultation's page carries its forms' token and its status of the day
        "/hoi-dap/dat-cau-hoi", "/hoi-dap/tra-cuu", "/xac-minh", "/lay-y-kien/",
        // surveys and the portal's rating: their forms carry a form token; lists and statistics change with every
        // answer and at midnight (a survey opens and closes by its days), which no publication event announces
        "/khao-sat", "/danh-gia"
    };

    private CacheableRequest() {
    }

    static boolean test(String method, String uri, String authorization, String cookieHeader) {
        if (!"GET".equals(method) || authorization != null || uri == null) {
            return false;
        }
        for (String prefix : NEVER_CACHED) {
            if (uri.startsWith(prefix)) {
                return false;
            }
        }
        return cookieHeader == null || !cookieHeader.toUpperCase(Locale.ROOT).contains("JSESSIONID=");
    }
}
