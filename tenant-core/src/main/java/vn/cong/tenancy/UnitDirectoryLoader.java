package vn.cong.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Reads hostnames with their units, for {@link UnitDirectory}: all of them, or those of a few units. */
@ApplicationScoped
public class UnitDirectoryLoader {

    @Inject
    UnitRepository units;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Map<String, ResolvedHost> load() {
        Map<Long, Unit> unitsById = new HashMap<>();
        units.allForSnapshot().forEach(unit -> unitsById.put(unit.getId(), unit));
        return resolved(unitsById, units.allHostsForSnapshot());
    }

    /** The hostnames of the given units (a unit that no longer exists has none). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Map<String, ResolvedHost> load(Collection<Long> unitIds) {
        Map<Long, Unit> unitsById = new HashMap<>();
        units.forSnapshot(unitIds).forEach(unit -> unitsById.put(unit.getId(), unit));
        return resolved(unitsById, units.hostsForSnapshot(unitIds));
    }

    private static Map<String, ResolvedHost> resolved(Map<Long, Unit> unitsById, Collection<UnitHost> hosts) {
        Map<String, ResolvedHost> map = new HashMap<>();
        for (UnitHost host : hosts) {
            Unit unit = unitsById.get(host.getUnitId());
            if (unit != null) {
                map.put(host.getHostname(), new ResolvedHost(unit, host.getHostname(), host.getKind()));
            }
        }
        return Map.copyOf(map);
    }
}
