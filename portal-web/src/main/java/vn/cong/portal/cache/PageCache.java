package vn.cong.portal.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
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
 */
@ApplicationScoped
public class PageCache {

    static final int MAX_ENTRIES = 10_000;

    private final Map<Long, Map<String, CachedPage>> byUnit = new ConcurrentHashMap<>();
    private final Map<Long, AtomicLong> generations = new ConcurrentHashMap<>();
    private final AtomicInteger size = new AtomicInteger();

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
        byUnit.clear();
        size.set(0);
    }

    public int size() {
        return size.get();
    }

    void onContentChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged changed) {
        invalidate(changed.unitId());
    }

    void onUnitsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) UnitsChanged changed) {
        clear();
    }
}
