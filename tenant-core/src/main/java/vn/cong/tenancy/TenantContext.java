package vn.cong.tenancy;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The unit a request belongs to, set once by the host-resolution filter (or explicitly, for work outside
 * a web request) and read by {@link vn.cong.platform.TenantBoundEntityManager}. No unit set means no
 * tenant-owned data can be read.
 */
@RequestScoped
public class TenantContext {

    private ResolvedHost host;

    public void enter(ResolvedHost host) {
        this.host = host;
    }

    public Optional<ResolvedHost> current() {
        return Optional.ofNullable(host);
    }

    public ResolvedHost require() {
        if (host == null) {
            throw new IllegalStateException("No tenant in this context: tenant-owned data needs a unit");
        }
        return host;
    }

    public long unitId() {
        return require().unitId();
    }

    public String language() {
        return host == null ? "vi" : host.language();
    }
}
