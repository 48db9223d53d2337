package vn.cong.portal.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Values kept in memory per unit and dropped as a whole when that unit's public content changes — the one mechanism
 * behind the page cache, the citizen menus and the published-article snapshots. A per-unit generation number stops
 * a value read before a change from being stored after it; the number of entries is bounded (all are dropped when
 * the bound is reached, which a change does anyway).
 */
public final class UnitScopedCache<K, V> {

    private final int maxEntries;
    private final Map<Long, Map<K, V>> byUnit = new ConcurrentHashMap<>();
    private final Map<Long, AtomicLong> generations = new ConcurrentHashMap<>();
    private final AtomicInteger size = new AtomicInteger();

    public UnitScopedCache(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    public V get(long unitId, K key) {
        Map<K, V> values = byUnit.get(unitId);
        return values == null ? null : values.get(key);
    }

    /**
     * The stored value, or the loaded one — stored unless the unit changed while it was loaded. A null load is
     * answered and not stored (nothing is kept for addresses that do not exist).
     */
    public V get(long unitId, K key, Supplier<V> loader) {
        V cached = get(unitId, key);
        if (cached != null) {
            return cached;
        }
        long generation = generation(unitId);
        V loaded = loader.get();
        if (loaded != null) {
            put(unitId, key, generation, loaded);
        }
        return loaded;
    }

    public long generation(long unitId) {
        return generations.computeIfAbsent(unitId, id -> new AtomicLong()).get();
    }

    /** Stores a value read while the unit was at {@code generation}; ignored if the unit changed since. */
    public void put(long unitId, K key, long generation, V value) {
        if (generation(unitId) != generation) {
            return;
        }
        if (size.get() >= maxEntries) {
            clear();
        }
        if (byUnit.computeIfAbsent(unitId, id -> new ConcurrentHashMap<>()).put(key, value) == null) {
            size.incrementAndGet();
        }
    }

    public void invalidate(long unitId) {
        generations.computeIfAbsent(unitId, id -> new AtomicLong()).incrementAndGet();
        Map<K, V> dropped = byUnit.remove(unitId);
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
}
