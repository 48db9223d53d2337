package vn.cong.portal.cache;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.cong.portal.tenancy.TenantResolutionFilter;
import vn.cong.tenancy.ResolvedHost;

/**
 * Serves anonymous GETs of citizen pages from {@link PageCache}. The hit path is a map lookup and one write;
 * misses render through Faces and are stored when they are a plain 200 HTML page for nobody in particular,
 * with the headers the application set on them, so that the {@link EdgeHandler} can replay them.
 */
public class PageCacheFilter extends HttpFilter {

    /** Headers that belong to one exchange, not to the page. */
    private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "content-length", "content-type",
            "transfer-encoding", "date", "etag", "last-modified", "cache-control", "x-cache", "connection");

    @Inject
    PageCache cache;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ResolvedHost host = (ResolvedHost) request.getAttribute(TenantResolutionFilter.TENANT_ATTRIBUTE);
        if (host == null || !cache.isEnabled() || !CacheableRequest.test(request.getMethod(), request.getRequestURI(),
                request.getHeader("Authorization"), request.getHeader("Cookie"))) {
            chain.doFilter(request, response);
            return;
        }
        String key = key(host, request.getRequestURI(), request.getQueryString());
        CachedPage page = cache.get(host.unitId(), key);
        if (page != null) {
            rememberHost(request, host);
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
            CachedPage rendered = CachedPage.of(body, type, Instant.now(), replayedHeaders(response));
            cache.put(host.unitId(), key, generation, rendered);
            rememberHost(request, host);
            send(rendered, request, response, "MISS");
        } else {
            if (body.length > 0 && !response.isCommitted() && !capture.isErrorSent()) {
                response.setHeader("X-Cache", "BYPASS");
                response.setContentLength(body.length);
                response.getOutputStream().write(body);
            }
        }
    }

    private void rememberHost(HttpServletRequest request, ResolvedHost host) {
        cache.rememberHost(PageCache.hostKey(request.isSecure(), request.getHeader("Host")), host.unitId(),
                host.language());
    }

    static String key(ResolvedHost host, String uri, String query) {
        return PageCache.pageKey(host.language(), uri, query);
    }

    private static List<Map.Entry<String, String>> replayedHeaders(HttpServletResponse response) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String name : response.getHeaderNames()) {
            if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
                for (String value : response.getHeaders(name)) {
                    headers.add(Map.entry(name, value));
                }
            }
        }
        return headers;
    }

    private static void send(CachedPage page, HttpServletRequest request, HttpServletResponse response, String state)
            throws IOException {
        response.setHeader("X-Cache", state);
        response.setHeader("ETag", page.etag());
        response.setHeader("Last-Modified", page.lastModified());
        response.setHeader("Cache-Control", PageCache.CACHE_CONTROL);
        if (page.matches(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(page.contentType());
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }
}
