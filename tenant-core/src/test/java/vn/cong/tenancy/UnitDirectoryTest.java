package vn.cong.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cong.platform.PlatformEntity;

/**
 * The host directory reads only what changed: a unit opened (with its parent) is read alone and merged into what
 * was known; a change of everything (a reorganisation) reads everything again.
 */
class UnitDirectoryTest {

    private final Map<String, ResolvedHost> database = new HashMap<>();
    private final List<Object> reads = new ArrayList<>();
    private final UnitDirectory directory = new UnitDirectory();

    UnitDirectoryTest() {
        directory.baseDomain = "localhost";
        directory.loader = new UnitDirectoryLoader() {
            @Override
            public Map<String, ResolvedHost> load() {
                reads.add("all");
                return Map.copyOf(database);
            }

            @Override
            public Map<String, ResolvedHost> load(Collection<Long> unitIds) {
                reads.add(List.copyOf(unitIds));
                Map<String, ResolvedHost> some = new HashMap<>();
                database.forEach((name, host) -> {
                    if (unitIds.contains(host.unitId())) {
                        some.put(name, host);
                    }
                });
                return some;
            }
        };
    }

    @Test
    void aUnitOpenedIsReadAloneAndItsParentListsIt() {
        Unit province = unit(1, null, "vinhphuc");
        put(province, "vinhphuc");
        assertEquals(1L, directory.resolve("vinhphuc.localhost").orElseThrow().unitId());
        Unit commune = unit(2, province, "daotru");
        put(commune, "daotru.vinhphuc");
        directory.onUnitsChanged(UnitsChanged.of(2L, 1L));

        assertEquals(2L, directory.resolve("daotru.vinhphuc.localhost:8080").orElseThrow().unitId());
        assertEquals(1L, directory.resolve("vinhphuc.localhost").orElseThrow().unitId(), "what was known stays");
        assertEquals(List.of(2L), directory.children(1).stream().map(ResolvedHost::unitId).toList());
        assertEquals("all", reads.get(0));
        assertEquals(2, ((List<?>) reads.get(1)).size(), "only the two units named were read");
    }

    @Test
    void aHostnameThatIsNoLongerAUnitsGoesAndEverythingIsReadAgainWhenEverythingChanged() {
        Unit province = unit(1, null, "vinhphuc");
        put(province, "vinhphuc");
        put(province, "tinhvinhphuc");
        directory.resolve("vinhphuc.localhost");
        database.remove("tinhvinhphuc");
        directory.onUnitsChanged(UnitsChanged.of(1L));
        assertTrue(directory.resolve("tinhvinhphuc.localhost").isEmpty(), "a name the unit gave up is gone");

        database.clear();
        directory.onUnitsChanged(new UnitsChanged());
        assertTrue(directory.resolve("vinhphuc.localhost").isEmpty());
        assertEquals("all", reads.get(reads.size() - 1));
    }

    @Test
    void unitsAreFoundByNameWithoutDiacriticsInsideTheSubtreeOnly() {
        Unit province = named(1, null, UnitLevel.PROVINCE, "Tỉnh Vĩnh Phúc", "vinhphuc");
        Unit district = named(2, province, UnitLevel.DISTRICT, "Huyện Tam Đảo", "tamdao.vinhphuc");
        named(3, district, UnitLevel.COMMUNE, "Xã Đạo Trù", "daotru.tamdao.vinhphuc");
        named(4, district, UnitLevel.COMMUNE, "Thị trấn Tam Đảo", "tamdao.tamdao.vinhphuc");
        Unit other = named(5, null, UnitLevel.PROVINCE, "Tỉnh Phú Thọ", "phutho");
        named(6, other, UnitLevel.COMMUNE, "Xã Đạo Trù Thượng", "daotruthuong.phutho");

        UnitDirectory.Found daoTru = directory.search(province, "dao tru", 10);
        assertEquals(List.of(3L), daoTru.units().stream().map(ResolvedHost::unitId).toList(),
                "Phú Thọ's commune is outside the subtree");
        assertEquals(List.of(3L), ids(directory.search(province, "ĐẠO  TRÙ", 10)), "diacritics and capitals too");
        assertEquals(List.of(6L), ids(directory.search(other, "dao tru", 10)), "each subtree finds its own");
        assertEquals(List.of(3L, 6L), ids(directory.search(null, "dao tru", 10)), "no subtree: the whole platform");
        UnitDirectory.Found tamDao = directory.search(province, "tam dao", 1);
        assertEquals(2, tamDao.total(), "the district and the town");
        assertEquals(List.of(2L), tamDao.units().stream().map(ResolvedHost::unitId).toList(),
                "districts before communes, and no more than asked");
        assertEquals(List.of(3L), ids(directory.search(province, "daotru", 10)), "by its hostname's label too");
        assertEquals(0, directory.search(province, "   ", 10).total());
    }

    private static List<Long> ids(UnitDirectory.Found found) {
        return found.units().stream().map(ResolvedHost::unitId).toList();
    }

    private Unit named(long id, Unit parent, UnitLevel level, String name, String hostname) {
        Unit unit = new Unit(parent, level, name, null, null, hostname.split("\\.")[0], "gov-blue", Instant.EPOCH);
        try {
            Field idField = PlatformEntity.class.getDeclaredField("id");
            idField.setAccessible(true);
            idField.set(unit, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        unit.placeUnder(parent);
        put(unit, hostname);
        directory.onUnitsChanged(new UnitsChanged());
        return unit;
    }

    private void put(Unit unit, String hostname) {
        database.put(hostname, new ResolvedHost(unit, hostname, HostKind.CANONICAL));
    }

    private static Unit unit(long id, Unit parent, String label) {
        Unit unit = new Unit(parent, UnitLevel.COMMUNE, "Đơn vị " + id, null, null, label, "gov-blue", Instant.EPOCH);
        try {
            Field idField = PlatformEntity.class.getDeclaredField("id");
            idField.setAccessible(true);
            idField.set(unit, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return unit;
    }
}
