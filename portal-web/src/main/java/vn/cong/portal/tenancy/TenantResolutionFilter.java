package vn.cong.portal.tenancy;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.cong.tenancy.HostKind;
import vn.cong.tenancy.HostOrigin;
import vn.cong.tenancy.ResolvedHost;
import vn.cong.tenancy.TenantContext;
import vn.cong.tenancy.UnitDirectory;
import vn.cong.tenancy.UnitState;

/**
 * First filter of every request: resolves the Host header to a unit and enters it in the
 * {@link TenantContext}. Unknown hosts get a 404 page in Vietnamese; old names redirect permanently to the
 * canonical one, those of a reorganised unit to its successors ({@link ReorganisedHost}); the bare base domain
 * serves only the platform API; health, OpenAPI and metrics answer on every host.
 */
public class TenantResolutionFilter extends HttpFilter {

    public static final String TENANT_ATTRIBUTE = "cong.tenant";

    /** Served by Payara for the whole platform, on any host: health, OpenAPI, metrics. */
    private static final Pattern PLATFORM_ENDPOINTS = Pattern.compile("/(health|openapi|metrics)(/.*)?");

    @Inject
    UnitDirectory directory;

    @Inject
    TenantContext tenantContext;

    @Inject
    ReorganisedHost reorganised;

    private byte[] unknownHostPage;

    @Override
    public void init() throws ServletException {
        try (InputStream page = getServletContext().getResourceAsStream("/WEB-INF/errors/unknown-host.html")) {
            unknownHostPage = page == null ? "<h1>404</h1>".getBytes(StandardCharsets.UTF_8) : page.readAllBytes();
        } catch (IOException e) {
            throw new ServletException(e);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String hostHeader = request.getHeader("Host");
        Optional<ResolvedHost> resolved = directory.resolve(hostHeader);
        if (resolved.isEmpty()) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (PLATFORM_ENDPOINTS.matcher(path).matches()
                    || directory.isPlatformHost(hostHeader) && path.startsWith("/api/")) {
                chain.doFilter(request, response);
            } else {
                unknownHost(response);
            }
            return;
        }
        ResolvedHost host = resolved.get();
        if (!host.unit().isActive() && !isArchiveReading(request, host)) {
            reorganised.answer(request, response, host);
            return;
        }
        if (host.kind() == HostKind.REDIRECT) {
            redirectToCanonical(request, response, host);
            return;
        }
        tenantContext.enter(host);
        request.setAttribute(TENANT_ATTRIBUTE, host);
        chain.doFilter(request, response);
    }

    /**
     * A merged unit whose content was kept in place (an archive) stays readable: its citizens' pages, read only; the
     * back office, the API and anything that writes lead to the successor like any reorganised unit's.
     */
    private static boolean isArchiveReading(HttpServletRequest request, ResolvedHost host) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return host.unit().getState() == UnitState.ARCHIVED
                && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && !path.startsWith("/admin") && !path.startsWith("/api/");
    }

    private void redirectToCanonical(HttpServletRequest request, HttpServletResponse response, ResolvedHost old)
            throws IOException {
        String target = directory.byUnitId(old.unitId()).map(directory::publicHost).orElse(null);
        if (target == null) {
            unknownHost(response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", HostOrigin.of(request, target) + request.getRequestURI());
    }

    private void unknownHost(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(unknownHostPage.length);
        response.getOutputStream().write(unknownHostPage);
    }
}
