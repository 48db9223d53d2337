package vn.cong.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a request really comes from, and whether it came over HTTPS. {@code X-Forwarded-For} and
 * {@code X-Forwarded-Proto} are believed only when the connection comes from a proxy listed in
 * {@code cong.security.trusted-proxies} (comma-separated addresses; none by default) — otherwise anyone could
 * pick the address the lockout counts, or switch HSTS on and off.
 */
@ApplicationScoped
public class ClientOrigin {

    @Inject
    @ConfigProperty(name = "cong.security.trusted-proxies", defaultValue = " ")
    String configuredProxies;

    private Set<String> trusted;

    public String address(HttpServletRequest request) {
        return address(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trusted());
    }

    public boolean isHttps(HttpServletRequest request) {
        return isHttps(request.isSecure(), request.getRemoteAddr(), request.getHeader("X-Forwarded-Proto"), trusted());
    }

    /** The same decision from a request's parts, for code that runs before the servlet container. */
    public boolean isHttps(boolean secure, String remote, String forwardedProto) {
        return isHttps(secure, remote, forwardedProto, trusted());
    }

    /** The right-most address of the chain that is not one of our proxies. */
    static String address(String remote, String forwardedFor, Set<String> trusted) {
        if (forwardedFor == null || !trusted.contains(remote)) {
            return remote;
        }
        List<String> chain = Arrays.stream(forwardedFor.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (int i = chain.size() - 1; i >= 0; i--) {
            if (!trusted.contains(chain.get(i))) {
                return chain.get(i);
            }
        }
        return chain.isEmpty() ? remote : chain.get(0);
    }

    static boolean isHttps(boolean secure, String remote, String forwardedProto, Set<String> trusted) {
        return secure || (trusted.contains(remote) && forwardedProto != null
                && "https".equals(forwardedProto.split(",")[0].strip().toLowerCase(Locale.ROOT)));
    }

    private Set<String> trusted() {
        if (trusted == null) {
            trusted = Arrays.stream(configuredProxies.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
        }
        return trusted;
    }
}
