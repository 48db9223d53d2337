package vn.cong.portal.cache;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import vn.cong.portal.tenancy.TenantResolutionFilter;
import vn.cong.tenancy.ResolvedHost;

/**
 * Serves anonymous GETs of citizen pages from {@link PageCache}. The hit path is a map lookup and one write;
 * misses render through Faces and are stored when they are a plain 200 HTML page for nobody in particular.
 */
public class PageCacheFilter extends HttpFilter {

    @Inject
    PageCache cache;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ResolvedHost host = (ResolvedHost) request.getAttribute(TenantResolutionFilter.TENANT_ATTRIBUTE);
        if (host == null || !cache.isEnabled() || !isCacheable(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key = key(host, request.getRequestURI(), request.getQueryString());
        CachedPage page = cache.get(host.unitId(), key);
        if (page != null) {
            send(page, request, response, "HIT");
            return;
        }
        long generation = cache.generation(host.unitId());
        CapturingResponse capture = new CapturingResponse(response);
        chain.doFilter(request, capture);
        byte[] body = capture.body();
        String type = capture.getContentType();
        if (capture.getStatus() == HttpServletResponse.SC_OK && type != null && type.startsWith("text/html")
                && request.getSession(false) == null && !capture.containsHeader("Set-Cookie")) {
            CachedPage rendered = CachedPage.of(body, type, Instant.now());
            cache.put(host.unitId(), key, generation, rendered);
            send(rendered, request, response, "MISS");
        } else {
            if (body.length > 0 && !response.isCommitted()) {
                response.setHeader("X-Cache", "BYPASS");
                response.setContentLength(body.length);
                response.getOutputStream().write(body);
            }
        }
    }

    static String key(ResolvedHost host, String uri, String query) {
        return host.language() + '|' + uri + (query == null ? "" : '?' + query);
    }

    /** Only anonymous GETs of public pages: never the back office, the API, or Faces resources. */
    static boolean isCacheable(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getHeader("Authorization") != null) {
            return false;
        }
        String uri = request.getRequestURI();
        if (uri.startsWith("/admin") || uri.startsWith("/api/") || uri.startsWith("/jakarta.faces.resource")
                || uri.startsWith("/health") || uri.startsWith("/openapi") || uri.startsWith("/metrics")) {
            return false;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if ("JSESSIONID".equalsIgnoreCase(cookie.getName())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void send(CachedPage page, HttpServletRequest request, HttpServletResponse response, String state)
            throws IOException {
        response.setHeader("X-Cache", state);
        response.setHeader("ETag", page.etag());
        response.setHeader("Last-Modified", page.lastModified());
        response.setHeader("Cache-Control", "public, max-age=0, must-revalidate");
        if (page.matches(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(page.contentType());
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }
}
