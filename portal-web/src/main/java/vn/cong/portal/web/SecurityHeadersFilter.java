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
 * The {@link SecurityHeaders} for an answer that did not get them from the {@link FrontDoor} — when the front door
 * could not be installed (another Payara version's internals), or the WAR runs on another server. HSTS only when
 * the request came over HTTPS — directly, or through a proxy of {@code cong.security.trusted-proxies} saying
 * {@code X-Forwarded-Proto: https}.
 */
public class SecurityHeadersFilter extends HttpFilter {

    @Inject
    ClientOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!response.containsHeader(SecurityHeaders.MARKER)) {
            SecurityHeaders.apply(response::setHeader, origin.isHttps(request));
        }
        chain.doFilter(request, response);
    }
}
