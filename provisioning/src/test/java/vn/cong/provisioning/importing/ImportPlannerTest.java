package vn.cong.provisioning.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cong.provisioning.importing.ImportPlanner.Existing;
import vn.cong.provisioning.importing.ImportPlanner.Outcome;
import vn.cong.provisioning.importing.ImportPlanner.Planned;
import vn.cong.provisioning.register.OfficialRegister;
import vn.cong.provisioning.register.OfficialUnit;
import vn.cong.tenancy.UnitLevel;

/** The dry run over the real list of Tỉnh Vĩnh Phúc (2025-03) and over broken lists. */
class ImportPlannerTest {

    private static final List<OfficialUnit> COUNTRY = OfficialRegister.shipped(OfficialRegister.BEFORE_2025_REFORM).all();
    private static final Existing VINH_PHUC = new Existing("26", UnitLevel.PROVINCE, "vinhphuc");

    private final Map<String, Existing> existing = new HashMap<>(Map.of("26", VINH_PHUC));
    private final Set<String> hosts = new java.util.HashSet<>(Set.of("vinhphuc", "sotttt.vinhphuc"));

    private List<Planned> plan(List<OfficialUnit> list, Existing root) {
        return ImportPlanner.plan(list, root, code -> Optional.ofNullable(existing.get(code)), hosts::contains);
    }

    private static long count(List<Planned> plan, Outcome outcome) {
        return plan.stream().filter(p -> p.outcome() == outcome).count();
    }

    @Test
    void aProvinceListedInFullIsPlannedUnitByUnitUnderItsPortal() {
        List<Planned> plan = plan(COUNTRY, VINH_PHUC);
        assertEquals(9 + 121, plan.size(), "Vĩnh Phúc's 9 districts and 121 communes, nothing of other provinces");
        assertEquals(plan.size(), count(plan, Outcome.CREATE));
        Planned daoTru = plan.stream().filter(p -> p.unit().code().equals("08914")).findFirst().orElseThrow();
        assertEquals("daotru.tamdao.vinhphuc", daoTru.hostname());
        assertTrue(plan.indexOf(daoTru) > plan.indexOf(plan.stream().filter(p -> p.unit().code().equals("248"))
                .findFirst().orElseThrow()), "a parent comes before its children");
    }

    @Test
    void whatExistsIsSkippedSoASecondRunCreatesNothing() {
        for (Planned row : plan(COUNTRY, VINH_PHUC)) {
            existing.put(row.unit().code(), new Existing(row.unit().code(), row.unit().level(), row.hostname()));
        }
        List<Planned> again = plan(COUNTRY, VINH_PHUC);
        assertEquals(again.size(), count(again, Outcome.SKIP));
        assertEquals("import.row.exists", again.get(0).key());
    }

    @Test
    void brokenRowsAreRefusedWithTheirNumberAndTheirDependantsWithThem() {
        List<OfficialUnit> list = new ArrayList<>(List.of(
                new OfficialUnit("248", "Huyện Tam Đảo", UnitLevel.DISTRICT, "26"),
                new OfficialUnit("08914", "Xã Đạo Trù", UnitLevel.COMMUNE, "248"),
                new OfficialUnit("08914", "Xã Đạo Trù", UnitLevel.COMMUNE, "248"),
                new OfficialUnit("777", "!!!", UnitLevel.DISTRICT, "26"),
                new OfficialUnit("07770", "Xã Con", UnitLevel.COMMUNE, "777"),
                new OfficialUnit("09990", "Xã Lạc", UnitLevel.COMMUNE, "999"),
                new OfficialUnit("250", "Huyện Sở TTTT", UnitLevel.DISTRICT, "26")));
        hosts.add("sotttt.vinhphuc");
        Map<String, Planned> rows = new HashMap<>();
        List<Planned> plan = ImportPlanner.plan(list, null, code -> Optional.ofNullable(existing.get(code)),
                hosts::contains);
        plan.forEach(p -> rows.put(p.rowNo() + "", p));
        assertEquals(Outcome.CREATE, rows.get("1").outcome());
        assertEquals("import.row.code-duplicate", rows.get("3").key());
        assertEquals(List.of("08914", 2), rows.get("3").arguments());
        assertEquals("import.row.name-invalid", rows.get("4").key());
        assertEquals("import.row.parent-refused", rows.get("5").key());
        assertEquals(List.of("777", 4), rows.get("5").arguments());
        assertEquals("import.row.parent-unknown", rows.get("6").key());
        assertEquals("import.row.host-taken", rows.get("7").key(), "a district named like the department's label");
    }

    @Test
    void aHostnameAnotherUnitHoldsIsRefused() {
        hosts.add("tamdao.vinhphuc");
        Planned tamDao = plan(COUNTRY, VINH_PHUC).stream().filter(p -> p.unit().code().equals("248")).findFirst()
                .orElseThrow();
        assertEquals("import.row.host-taken", tamDao.key());
        assertEquals(List.of("tamdao.vinhphuc"), tamDao.arguments());
    }
}
