package vn.cong.portal.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.cong.identity.ClientOrigin;

/**
 * Security headers on every response: no framing by other sites ({@code frame-ancestors} and the older
 * {@code X-Frame-Options}), no MIME sniffing, a content security policy that allows only this origin (PrimeFaces
 * needs inline scripts and styles in the back office), and HSTS when the request came over HTTPS — directly,
 * or through a proxy of {@code cong.security.trusted-proxies} saying {@code X-Forwarded-Proto: https}.
 */
public class SecurityHeadersFilter extends HttpFilter {

    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; font-src 'self' data:; frame-ancestors 'self'; "
            + "form-action 'self'; base-uri 'self'; object-src 'none'";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Inject
    ClientOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Content-Security-Policy", CSP);
        if (origin.isHttps(request)) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, response);
    }
}
