package vn.cong.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;

/** Reads every hostname with its unit, for {@link UnitDirectory}. */
@ApplicationScoped
public class UnitDirectoryLoader {

    @Inject
    UnitRepository units;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Map<String, ResolvedHost> load() {
        Map<Long, Unit> unitsById = new HashMap<>();
        units.all().forEach(unit -> unitsById.put(unit.getId(), unit));
        Map<String, ResolvedHost> map = new HashMap<>();
        for (UnitHost host : units.allHosts()) {
            Unit unit = unitsById.get(host.getUnitId());
            if (unit != null) {
                map.put(host.getHostname(), new ResolvedHost(unit, host.getHostname(), host.getKind()));
            }
        }
        return Map.copyOf(map);
    }
}
