package vn.cong.provisioning.reform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cong.provisioning.register.OfficialRegister;
import vn.cong.provisioning.register.OfficialUnit;
import vn.cong.provisioning.register.ReformMapping;
import vn.cong.provisioning.register.ReformMapping.NewProvince;
import vn.cong.provisioning.reform.ReformPlanner.CommunePlan;
import vn.cong.provisioning.reform.ReformPlanner.Present;
import vn.cong.provisioning.reform.ReformPlanner.ProvincePlan;
import vn.cong.provisioning.reform.ReformPlanner.SharedPlan;
import vn.cong.tenancy.UnitLevel;

/** The 2025 reform planned over the whole 2025-03 country, as the platform holds it after a full import. */
class ReformPlannerTest {

    private static final ReformMapping REFORM = ReformMapping.reform2025();

    private static Map<String, Present> country;
    private static Map<Long, List<Present>> districtsByProvince;
    private static List<ProvincePlan> plans;

    @BeforeAll
    static void planTheCountry() {
        OfficialRegister before = OfficialRegister.shipped(OfficialRegister.BEFORE_2025_REFORM);
        AtomicLong ids = new AtomicLong();
        country = new HashMap<>();
        districtsByProvince = new HashMap<>();
        for (OfficialUnit unit : before.all()) {
            UnitLevel parentLevel = unit.parentCode() == null ? null : before.find(unit.parentCode()).orElseThrow().level();
            Present present = new Present(ids.incrementAndGet(), unit.code(), unit.level(), unit.name(), parentLevel);
            country.put(unit.code(), present);
        }
        for (OfficialUnit unit : before.all()) {
            if (unit.level() == UnitLevel.DISTRICT) {
                districtsByProvince.computeIfAbsent(country.get(unit.parentCode()).id(), k -> new ArrayList<>())
                        .add(country.get(unit.code()));
            }
        }
        plans = new ArrayList<>();
        for (NewProvince province : REFORM.provinces()) {
            plans.add(ReformPlanner.plan(province, country, id -> districtsByProvince.getOrDefault(id, List.of())));
        }
    }

    @Test
    void theWholeCountryBecomesThirtyFourProvincesAndTheirCommunes() {
        assertEquals(34, plans.size());
        assertEquals(3321, plans.stream().mapToInt(p -> p.communes().size()).sum());
        assertEquals(34 + 3321, plans.stream().mapToInt(ProvincePlan::unitsAfter).sum());
        // 63 old provinces: 34 carry on, 29 merged into them
        assertEquals(34, plans.stream().filter(p -> p.holder() != null).count());
        assertEquals(29, plans.stream().mapToInt(p -> p.otherProvinces().size()).sum());
        // 696 districts: all retired, but the five island districts that became special zones (đặc khu)
        assertEquals(691, plans.stream().mapToInt(p -> p.districts().size()).sum());
    }

    @Test
    void everyOldCommuneIsTakenOnceAndOnlyOnce() {
        Set<Long> taken = new HashSet<>();
        int takings = 0;
        for (ProvincePlan plan : plans) {
            for (CommunePlan commune : plan.communes()) {
                if (commune.holder() != null) {
                    taken.add(commune.holder().id());
                    takings++;
                }
                for (Present absorbed : commune.absorbed()) {
                    taken.add(absorbed.id());
                    takings++;
                }
            }
            for (SharedPlan shared : plan.shared()) {
                taken.add(shared.old().id());
                takings++;
                assertTrue(shared.successorCodes().size() >= 1);
            }
        }
        assertEquals(takings, taken.size(), "an old unit taken twice");
        // 10,047 communes and the five island districts
        assertEquals(10_047 + 5, taken.size());
        assertEquals(plans.stream().mapToInt(ProvincePlan::unitsBefore).sum(), 63 + 691 + taken.size());
    }

    @Test
    void aCodeIsGivenUpBeforeANewCommuneTakesIt() {
        for (ProvincePlan plan : plans) {
            for (CommunePlan commune : plan.communes()) {
                Present holder = country.get(commune.commune().code());
                if (commune.opened() && holder != null && holder.level() == UnitLevel.COMMUNE) {
                    assertTrue(plan.codesToRelease().contains(commune.commune().code()),
                            commune.commune().name() + " takes a code nobody gives up");
                }
                if (commune.holder() != null) {
                    assertFalse(plan.codesToRelease().contains(commune.holder().code()));
                }
            }
        }
    }

    @Test
    void aUnitSharedOutLeavesItsContentWithTheCommuneThatTookItsCode() {
        // Phường Ngọc Hà (00016) went partly to Ba Đình and partly to the new Phường Ngọc Hà (00008), which took it
        ProvincePlan hanoi = plans.stream().filter(p -> p.province().code().equals("01")).findFirst().orElseThrow();
        SharedPlan ngocHa = hanoi.shared().stream().filter(s -> s.old().code().equals("00016")).findFirst()
                .orElseThrow();
        assertTrue(ngocHa.successorCodes().containsAll(List.of("00004", "00008")));
        // Phường Kim Mã (00028) also shared, and a new ward bears its code: that one comes first
        for (SharedPlan shared : hanoi.shared()) {
            boolean someoneTookTheCode = hanoi.communes().stream()
                    .anyMatch(c -> c.commune().code().equals(shared.old().code()));
            if (someoneTookTheCode) {
                assertEquals(shared.old().code(), shared.successorCodes().get(0));
            }
        }
    }

    @Test
    void theIslandDistrictsBecomeTheirSpecialZones() {
        ProvincePlan hcm = plans.stream().filter(p -> p.province().code().equals("79")).findFirst().orElseThrow();
        CommunePlan conDao = hcm.communes().stream().filter(c -> c.commune().code().equals("26732")).findFirst()
                .orElseThrow();
        assertTrue(conDao.opened());
        assertEquals(List.of("755"), conDao.absorbed().stream().map(Present::code).toList());
    }

    @Test
    void aSecondRunFindsNothingLeftToDo() {
        Map<String, Present> after = new HashMap<>();
        AtomicLong ids = new AtomicLong(1_000_000);
        for (NewProvince province : REFORM.provinces()) {
            after.put(province.code(), new Present(ids.incrementAndGet(), province.code(), UnitLevel.PROVINCE,
                    province.name(), null));
            province.communes().forEach(c -> after.put(c.code(), new Present(ids.incrementAndGet(), c.code(),
                    UnitLevel.COMMUNE, c.name(), UnitLevel.PROVINCE)));
        }
        for (NewProvince province : REFORM.provinces()) {
            assertTrue(ReformPlanner.plan(province, after, id -> List.of()).isEmpty(), province.name());
        }
    }

    @Test
    void aProvinceWithNothingOnThePlatformIsSkipped() {
        NewProvince phuTho = REFORM.province("25").orElseThrow();
        assertTrue(ReformPlanner.plan(phuTho, Map.of(), id -> List.of()).isEmpty());
    }
}
