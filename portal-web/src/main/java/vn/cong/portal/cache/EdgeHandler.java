package vn.cong.portal.cache;

import java.util.Map;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/**
 * Answers page-cache hits at the HTTP layer, in front of Payara's servlet container: it takes the place of the
 * container's handler on the HTTP listener and passes every request that is not a hit to it unchanged.
 * <p>
 * Why: a hit served by the servlet filter still pays for the whole container pipeline — invocation context,
 * the Jakarta Security (JASPIC) bridge, JACC checks, CDI request listeners — which measured at roughly ten times
 * the cost of the hit itself (portal-web README, "Benchmark"). Which requests qualify is the same rule as the
 * filter's ({@link CacheableRequest}); what is replayed is what the filter stored, headers included — except those
 * the front door in front of this handler has set already (the security headers), which are not repeated.
 * Installed by {@code vn.cong.portal.web.FrontDoorInstaller}.
 */
public final class EdgeHandler extends HttpHandler {

    private final HttpHandler container;
    private final PageCache cache;

    public EdgeHandler(HttpHandler container, PageCache cache) {
        super("cong-edge-cache");
        this.container = container;
        this.cache = cache;
        setAllowEncodedSlash(container.isAllowEncodedSlash());
        setAllowCustomStatusMessage(container.isAllowCustomStatusMessage());
        setRequestURIEncoding(container.getRequestURIEncoding());
    }

    public HttpHandler container() {
        return container;
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        CachedPage page = hit(request);
        if (page == null) {
            container.service(request, response);
            return;
        }
        for (Map.Entry<String, String> header : page.headers()) {
            if (!alreadySet(response, header)) {
                response.addHeader(header.getKey(), header.getValue());
            }
        }
        response.setHeader("X-Cache", "EDGE");
        response.setHeader("ETag", page.etag());
        response.setHeader("Last-Modified", page.lastModified());
        response.setHeader("Cache-Control", PageCache.CACHE_CONTROL);
        if (page.matches(request.getHeader("If-None-Match"))) {
            response.setStatus(304);
            return;
        }
        response.setContentType(page.contentType());
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }

    private static boolean alreadySet(Response response, Map.Entry<String, String> header) {
        return header.getValue().equals(response.getHeader(header.getKey()));
    }

    private CachedPage hit(Request request) {
        if (!cache.isEnabled() || !CacheableRequest.test(request.getMethod().getMethodString(),
                request.getRequestURI(), request.getHeader("Authorization"), request.getHeader("Cookie"))) {
            return null;
        }
        return cache.get(PageCache.hostKey(request.isSecure(), request.getHeader("Host")), request.getRequestURI(),
                request.getQueryString());
    }
}
