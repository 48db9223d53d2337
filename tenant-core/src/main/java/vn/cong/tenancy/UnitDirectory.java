package vn.cong.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cong.platform.SchemaReady;

/**
 * Hostname → unit, kept in memory: every request resolves its Host here without touching the database.
 * Reloaded lazily after start-up and after every committed change to units or hostnames.
 */
@ApplicationScoped
public class UnitDirectory {

    @Inject
    UnitDirectoryLoader loader;

    @Inject
    @ConfigProperty(name = "cong.base-domain", defaultValue = "localhost")
    String baseDomain;

    private volatile Map<String, ResolvedHost> byHostname = Map.of();

    private volatile boolean stale = true;

    void onSchemaReady(@Observes SchemaReady ready) {
        stale = true;
    }

    /** After a commit the committed transaction cannot be reused: mark stale, reload on the next lookup. */
    void onUnitsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) UnitsChanged changed) {
        stale = true;
    }

    private Map<String, ResolvedHost> hosts() {
        if (stale) {
            synchronized (this) {
                if (stale) {
                    stale = false;
                    try {
                        byHostname = loader.load();
                    } catch (RuntimeException e) {
                        stale = true;
                        throw e;
                    }
                }
            }
        }
        return byHostname;
    }

    /**
     * Resolves a Host header ("daotru.tamdao.vinhphuc.localhost:8080"): port and base domain stripped,
     * case ignored. Empty for unknown hosts and for the bare base domain.
     */
    public Optional<ResolvedHost> resolve(String hostHeader) {
        return relativeName(hostHeader).map(hosts()::get);
    }

    /** True for the bare base domain ("localhost"), where only platform endpoints answer. */
    public boolean isPlatformHost(String hostHeader) {
        return hostHeader != null && stripPort(hostHeader).equals(baseDomain);
    }

    public Optional<ResolvedHost> byUnitId(long unitId) {
        return hosts().values().stream()
                .filter(h -> h.unitId() == unitId && h.kind() == HostKind.CANONICAL).findFirst();
    }

    /** Absolute hostname of a unit's canonical or English channel, with the base domain. */
    public String publicHost(ResolvedHost host) {
        return host.hostname() + "." + baseDomain;
    }

    public String baseDomain() {
        return baseDomain;
    }

    private Optional<String> relativeName(String hostHeader) {
        if (hostHeader == null) {
            return Optional.empty();
        }
        String host = stripPort(hostHeader);
        String suffix = "." + baseDomain;
        return host.endsWith(suffix) ? Optional.of(host.substring(0, host.length() - suffix.length())) : Optional.empty();
    }

    private static String stripPort(String hostHeader) {
        String host = hostHeader.strip().toLowerCase(Locale.ROOT);
        int colon = host.lastIndexOf(':');
        if (colon > 0 && host.indexOf(']') < colon) {
            host = host.substring(0, colon);
        }
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }
}
