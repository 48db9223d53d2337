package vn.cong.portal.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cong.platform.ContentChanged;
import vn.cong.tenancy.UnitsChanged;

/**
 * Rendered citizen pages per unit, dropped as soon as a change to what citizens see of that unit commits
 * ({@link UnitScopedCache}: a page rendered before a change is not stored after it).
 * <p>
 * Pages are also found by the raw Host header ({@link #hostKey}): the servlet filter, which knows the unit,
 * remembers which unit and language a host stands for, so that the {@link EdgeHandler} — which runs before
 * tenant resolution — can answer hits without resolving anything.
 */
@ApplicationScoped
public class PageCache {

    static final int MAX_ENTRIES = 10_000;

    /** Browsers may keep a page but must ask again each time; the ETag makes asking cheap. */
    static final String CACHE_CONTROL = "public, max-age=0, must-revalidate";

    private final UnitScopedCache<String, CachedPage> pages = new UnitScopedCache<>(MAX_ENTRIES);
    private final Map<String, HostEntry> hosts = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "cong.page-cache.enabled", defaultValue = "true")
    boolean enabled;

    public boolean isEnabled() {
        return enabled;
    }

    public CachedPage get(long unitId, String key) {
        return pages.get(unitId, key);
    }

    /** The page for a raw host key and path, or null: what the edge serves. */
    public CachedPage get(String hostKey, String uri, String query) {
        HostEntry host = hosts.get(hostKey);
        return host == null ? null : get(host.unitId(), pageKey(host.language(), uri, query));
    }

    /** Records that requests for {@code hostKey} are this unit's pages in this language. */
    public void rememberHost(String hostKey, long unitId, String language) {
        if (hosts.size() < MAX_ENTRIES) {
            hosts.putIfAbsent(hostKey, new HostEntry(unitId, language));
        }
    }

    /** A unit's page key: language, path and query (English and Vietnamese channels are different pages). */
    static String pageKey(String language, String uri, String query) {
        return language + '|' + uri + (query == null ? "" : '?' + query);
    }

    /**
     * The Host header as the edge sees it: without the port (tenant resolution ignores it), with the scheme
     * (HTTPS responses carry other headers, HSTS).
     */
    static String hostKey(boolean secure, String hostHeader) {
        String host = hostHeader == null ? "" : hostHeader.toLowerCase(Locale.ROOT);
        int colon = host.lastIndexOf(':');
        if (colon > host.lastIndexOf(']')) {
            host = host.substring(0, colon);
        }
        return (secure ? "https://" : "http://") + host;
    }

    public long generation(long unitId) {
        return pages.generation(unitId);
    }

    /** Stores a page rendered while the unit was at {@code generation}; ignored if the unit changed since. */
    public void put(long unitId, String key, long generation, CachedPage page) {
        pages.put(unitId, key, generation, page);
    }

    public void invalidate(long unitId) {
        pages.invalidate(unitId);
    }

    public void clear() {
        hosts.clear();
        pages.clear();
    }

    public int size() {
        return pages.size();
    }

    void onContentChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged changed) {
        invalidate(changed.unitId());
    }

    private record HostEntry(long unitId, String language) {
    }

    /**
     * Named units: their pages go (a parent's home page lists its new child); the remembered hosts stay — a host
     * that is new was never remembered. Every unit (a reorganisation moved hostnames): everything goes.
     */
    void onUnitsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) UnitsChanged changed) {
        if (changed.all()) {
            clear();
        } else {
            changed.unitIds().forEach(this::invalidate);
        }
    }
}
