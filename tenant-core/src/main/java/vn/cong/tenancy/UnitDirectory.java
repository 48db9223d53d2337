package vn.cong.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cong.platform.SchemaReady;

/**
 * Hostname → unit, kept in memory: every request resolves its Host here without touching the database, and
 * citizen pages find a unit's canonical host, parent and children here too. Reloaded lazily after start-up and
 * after every committed change to units or hostnames.
 */
@ApplicationScoped
public class UnitDirectory {

    @Inject
    UnitDirectoryLoader loader;

    @Inject
    @ConfigProperty(name = "cong.base-domain", defaultValue = "localhost")
    String baseDomain;

    private volatile Snapshot snapshot = Snapshot.of(Map.of());

    private volatile boolean stale = true;

    private final Set<Long> changedUnits = ConcurrentHashMap.newKeySet();

    void onSchemaReady(@Observes SchemaReady ready) {
        stale = true;
    }

    /**
     * After a commit the committed transaction cannot be reused: note what changed, read it on the next lookup —
     * only the units named (a unit opened, with its parent: a country import opens ten thousand, and reading the
     * whole directory again after each was most of the import's work), or everything.
     */
    void onUnitsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) UnitsChanged changed) {
        if (changed.all()) {
            stale = true;
        } else {
            changedUnits.addAll(changed.unitIds());
        }
    }

    private Snapshot hosts() {
        if (stale || !changedUnits.isEmpty()) {
            synchronized (this) {
                if (stale) {
                    changedUnits.clear();
                    stale = false;
                    try {
                        snapshot = Snapshot.of(loader.load());
                    } catch (RuntimeException e) {
                        stale = true;
                        throw e;
                    }
                } else if (!changedUnits.isEmpty()) {
                    Set<Long> ids = new HashSet<>();
                    for (var pending = changedUnits.iterator(); pending.hasNext(); ) {
                        ids.add(pending.next());
                        pending.remove(); // one named again meanwhile is added back, and read next time
                    }
                    try {
                        snapshot = snapshot.with(ids, loader.load(ids));
                    } catch (RuntimeException e) {
                        changedUnits.addAll(ids);
                        throw e;
                    }
                }
            }
        }
        return snapshot;
    }

    /**
     * Resolves a Host header ("daotru.tamdao.vinhphuc.localhost:8080"): port and base domain stripped,
     * case ignored. Empty for unknown hosts and for the bare base domain.
     */
    public Optional<ResolvedHost> resolve(String hostHeader) {
        return relativeName(hostHeader).map(hosts().byHostname()::get);
    }

    /** True for the bare base domain ("localhost"), where only platform endpoints answer. */
    public boolean isPlatformHost(String hostHeader) {
        return hostHeader != null && stripPort(hostHeader).equals(baseDomain);
    }

    /** A unit's canonical host (with the unit as last loaded). */
    public Optional<ResolvedHost> byUnitId(long unitId) {
        return Optional.ofNullable(hosts().canonicalByUnit().get(unitId));
    }

    /** The active units directly under a unit that have a portal, by official name. */
    public List<ResolvedHost> children(long unitId) {
        return hosts().childrenByParent().getOrDefault(unitId, List.of());
    }

    /** Absolute hostname of a unit's canonical or English channel, with the base domain. */
    public String publicHost(ResolvedHost host) {
        return host.hostname() + "." + baseDomain;
    }

    public String baseDomain() {
        return baseDomain;
    }

    /** Units found by name, the first {@code max} of {@code total}. */
    public record Found(List<ResolvedHost> units, int total) {
    }

    /** The folded names of one snapshot's active units, built on the first search after the snapshot changed. */
    private record NameIndex(Snapshot source, List<Map.Entry<String, ResolvedHost>> names) {
    }

    private volatile NameIndex names;

    /**
     * The active units of {@code within}'s subtree (it included; the whole platform when null) whose name holds every word of {@code query}, without
     * regard to diacritics or case ("dao tru" finds "Xã Đạo Trù"), or whose hostname label starts with it ("daotru"),
     * provinces before districts before communes, then by name; in memory, over the whole country in milliseconds.
     */
    public Found search(Unit within, String query, int max) {
        List<String> words = vn.cong.platform.VietnameseText.foldedWords(query);
        if (words.isEmpty()) {
            return new Found(List.of(), 0);
        }
        Snapshot current = hosts();
        NameIndex index = names;
        if (index == null || index.source() != current) {
            List<Map.Entry<String, ResolvedHost>> folded = new ArrayList<>();
            current.canonicalByUnit().values().stream().filter(h -> h.unit().isActive())
                    .forEach(h -> folded.add(Map.entry(vn.cong.platform.VietnameseText.fold(
                            h.unit().getOfficialName()), h)));
            index = new NameIndex(current, List.copyOf(folded));
            names = index;
        }
        List<ResolvedHost> matches = index.names().stream()
                .filter(e -> words.stream().allMatch(e.getKey()::contains)
                        || e.getValue().unit().getHostLabel().startsWith(String.join("", words)))
                .map(Map.Entry::getValue)
                .filter(h -> within == null || h.unitId() == within.getId() || h.unit().isWithin(within))
                .sorted(Comparator.comparing((ResolvedHost h) -> h.unit().getLevel().ordinal())
                        .thenComparing(h -> h.unit().getOfficialName()))
                .toList();
        return new Found(matches.stream().limit(Math.max(1, max)).toList(), matches.size());
    }

    /** One consistent view of the directory, swapped whole on reload. */
    private record Snapshot(Map<String, ResolvedHost> byHostname, Map<Long, ResolvedHost> canonicalByUnit,
                            Map<Long, List<ResolvedHost>> childrenByParent) {

        /** This snapshot with the hostnames of {@code unitIds} replaced by {@code fresh} (theirs, as read now). */
        Snapshot with(Set<Long> unitIds, Map<String, ResolvedHost> fresh) {
            Map<String, ResolvedHost> merged = new HashMap<>(byHostname);
            merged.values().removeIf(host -> unitIds.contains(host.unitId()));
            merged.putAll(fresh);
            return of(Map.copyOf(merged));
        }

        static Snapshot of(Map<String, ResolvedHost> byHostname) {
            Map<Long, ResolvedHost> canonical = new HashMap<>();
            for (ResolvedHost host : byHostname.values()) {
                if (host.kind() == HostKind.CANONICAL) {
                    canonical.put(host.unitId(), host);
                }
            }
            Map<Long, List<ResolvedHost>> children = new HashMap<>();
            canonical.values().stream()
                    .filter(host -> host.unit().getParentId() != null && host.unit().isActive())
                    .sorted(Comparator.comparing((ResolvedHost host) -> host.unit().getOfficialName()))
                    .forEach(host -> children.computeIfAbsent(host.unit().getParentId(), id -> new ArrayList<>())
                            .add(host));
            children.replaceAll((id, list) -> List.copyOf(list));
            return new Snapshot(byHostname, Map.copyOf(canonical), Map.copyOf(children));
        }
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
