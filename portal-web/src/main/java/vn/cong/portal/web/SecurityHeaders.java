package vn.cong.portal.web;

import java.util.function.BiConsumer;

/**
 * The security headers every answer carries, in one place for both layers that set them: the {@link FrontDoor} at
 * the HTTP layer (so that redirects of the login, container error pages and answers refused before the servlet
 * filters carry them too) and {@link SecurityHeadersFilter}, the fallback when the front door cannot be installed.
 * <p>
 * The policy allows only this origin. PrimeFaces' back office needs inline scripts and styles
 * ({@code 'unsafe-inline'}: its components write {@code onclick} handlers and {@code style} attributes) — see the
 * portal-web README, "Content security policy", for what remains and why; {@code 'unsafe-eval'} is not allowed.
 */
public final class SecurityHeaders {

    public static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self' 'unsafe-inline'; font-src 'self' data:; frame-ancestors 'self'; "
            + "form-action 'self'; base-uri 'self'; object-src 'none'";
    public static final String HSTS = "max-age=31536000; includeSubDomains";
    /** The header whose presence tells that this answer's headers are set already. */
    static final String MARKER = "Content-Security-Policy";

    private SecurityHeaders() {
    }

    /** Sets the headers through {@code setHeader}; HSTS only for a request that came over HTTPS. */
    public static void apply(BiConsumer<String, String> setHeader, boolean https) {
        setHeader.accept("X-Content-Type-Options", "nosniff");
        setHeader.accept("X-Frame-Options", "SAMEORIGIN");
        setHeader.accept("Referrer-Policy", "strict-origin-when-cross-origin");
        setHeader.accept("Content-Security-Policy", CSP);
        if (https) {
            setHeader.accept("Strict-Transport-Security", HSTS);
        }
    }
}
