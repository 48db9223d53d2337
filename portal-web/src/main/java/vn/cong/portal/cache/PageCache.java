package vn.cong.portal.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cong.editorial.ContentChanged;
import vn.cong.tenancy.UnitsChanged;

/**
 * Rendered citizen pages per unit, dropped as soon as a change to what citizens see of that unit commits.
 * A per-unit generation number stops a page rendered before a change from being stored after it.
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

    private final Map<Long, Map<String, CachedPage>> byUnit = new ConcurrentHashMap<>();
    private final Map<Long, AtomicLong> generations = new ConcurrentHashMap<>();
    private final AtomicInteger size = new AtomicInteger();
    private final Map<String, HostEntry> hosts = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "cong.page-cache.enabled", defaultValue = "true")
    boolean enabled;

    public boolean isEnabled() {
        return enabled;
    }

    public CachedPage get(long unitId, String key) {
        Map<String, CachedPage> pages = byUnit.get(unitId);
        return pages == null ? null : pages.get(key);
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
        return generations.computeIfAbsent(unitId, id -> new AtomicLong()).get();
    }

    /** Stores a page rendered while the unit was at {@code generation}; ignored if the unit changed since. */
    public void put(long unitId, String key, long generation, CachedPage page) {
        if (generation(unitId) != generation) {
            return;
        }
        if (size.get() >= MAX_ENTRIES) {
            clear();
        }
        if (byUnit.computeIfAbsent(unitId, id -> new ConcurrentHashMap<>()).put(key, page) == null) {
            size.incrementAndGet();
        }
    }

    public void invalidate(long unitId) {
        generations.computeIfAbsent(unitId, id -> new AtomicLong()).incrementAndGet();
        Map<String, CachedPage> dropped = byUnit.remove(unitId);
        if (dropped != null) {
            size.addAndGet(-dropped.size());
        }
    }

    public void clear() {
        generations.values().forEach(AtomicLong::incrementAndGet);
        hosts.clear();
        byUnit.clear();
        size.set(0);
    }

    public int size() {
        return size.get();
    }

    void onContentChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged changed) {
        invalidate(changed.unitId());
    }

    private record HostEntry(long unitId, String language) {
    }

    void onUnitsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) UnitsChanged changed) {
        clear();
    }
}
