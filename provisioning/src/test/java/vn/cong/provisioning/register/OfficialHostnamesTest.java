package vn.cong.provisioning.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.cong.tenancy.HostnamePolicy;
import vn.cong.tenancy.HostnamePolicy.Sibling;
import vn.cong.tenancy.UnitLevel;

/**
 * The naming rule over both official lists in full (REQUIREMENTS §1): under every parent, every unit gets a valid
 * DNS label and no two siblings the same one; the result does not depend on the order of the list; the demo's
 * hostnames and the known traps come out as the rule documents.
 */
class OfficialHostnamesTest {

    private static final OfficialRegister BEFORE = OfficialRegister.shipped(OfficialRegister.BEFORE_2025_REFORM);
    private static final OfficialRegister AFTER = OfficialRegister.shipped(OfficialRegister.AFTER_2025_REFORM);
    private static final java.util.regex.Pattern DNS_LABEL =
            java.util.regex.Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    private static List<Sibling> siblings(List<OfficialUnit> units) {
        return units.stream().map(u -> new Sibling(u.code(), u.level(), u.name(), null)).toList();
    }

    /** Every label of the register, by code, naming each parent's children together. */
    private static Map<String, String> labels(OfficialRegister register, Function<List<Sibling>, List<Sibling>> order) {
        Map<String, String> all = new java.util.HashMap<>();
        List<String> parents = new ArrayList<>();
        parents.add(null);
        register.all().forEach(u -> parents.add(u.code()));
        for (String parent : parents) {
            List<OfficialUnit> children = register.childrenOf(parent);
            if (children.isEmpty()) {
                continue;
            }
            Map<String, String> labels = HostnamePolicy.siblingLabels(order.apply(siblings(children)));
            assertEquals(children.size(), labels.size(), "every child of " + parent + " has a label");
            assertEquals(children.size(), new HashSet<>(labels.values()).size(), "no two children of " + parent
                    + " share a label: " + labels);
            all.putAll(labels);
        }
        return all;
    }

    @Test
    void theListsAreTheWholeCountryBeforeAndAfterTheReform() {
        assertEquals(63, BEFORE.count(UnitLevel.PROVINCE));
        assertEquals(696, BEFORE.count(UnitLevel.DISTRICT));
        assertEquals(10_047, BEFORE.count(UnitLevel.COMMUNE));
        assertEquals(34, AFTER.count(UnitLevel.PROVINCE));
        assertEquals(0, AFTER.count(UnitLevel.DISTRICT));
        assertEquals(3_321, AFTER.count(UnitLevel.COMMUNE));
    }

    @Test
    void everyUnitOfBothListsGetsAValidLabelUniqueUnderItsParentWhateverTheOrder() {
        for (OfficialRegister register : List.of(BEFORE, AFTER)) {
            Map<String, String> inOrder = labels(register, Function.identity());
            assertEquals(register.all().size(), inOrder.size());
            List<String> invalid = inOrder.values().stream().filter(l -> !DNS_LABEL.matcher(l).matches()).toList();
            assertEquals(List.of(), invalid);
            Random seeded = new Random(20250701);
            Map<String, String> shuffled = labels(register, list -> {
                List<Sibling> copy = new ArrayList<>(list);
                Collections.shuffle(copy, seeded);
                return copy;
            });
            assertEquals(inOrder, shuffled, "the same list in another order gives the same hostnames");
        }
    }

    @Test
    void theDemoHostnamesStayAsTheyAre() {
        Map<String, String> labels = labels(BEFORE, Function.identity());
        OfficialUnit province = BEFORE.all().stream().filter(u -> u.name().equals("Tỉnh Vĩnh Phúc")).findFirst()
                .orElseThrow();
        OfficialUnit tamDao = byName(BEFORE.childrenOf(province.code()), "Huyện Tam Đảo");
        OfficialUnit vinhTuong = byName(BEFORE.childrenOf(province.code()), "Huyện Vĩnh Tường");
        OfficialUnit daoTru = byName(BEFORE.childrenOf(tamDao.code()), "Xã Đạo Trù");
        assertEquals("vinhphuc", labels.get(province.code()));
        assertEquals("vinhtuong." + "vinhphuc", labels.get(vinhTuong.code()) + "." + labels.get(province.code()));
        assertEquals("daotru.tamdao.vinhphuc", labels.get(daoTru.code()) + "." + labels.get(tamDao.code()) + "."
                + labels.get(province.code()));
        List<Sibling> withDepartment = new ArrayList<>(siblings(BEFORE.childrenOf(province.code())));
        withDepartment.add(new Sibling("so-tttt", UnitLevel.DEPARTMENT, "Sở Thông tin và Truyền thông", "Sở TTTT"));
        assertEquals("sotttt", HostnamePolicy.siblingLabels(withDepartment).get("so-tttt"));
    }

    @Test
    void theTrapsOfTheRealListsComeOutAsTheRuleSays() {
        Map<String, String> labels = labels(BEFORE, Function.identity());
        OfficialUnit district = BEFORE.all().stream().filter(u -> u.name().equals("Huyện Mường Tè")).findFirst()
                .orElseThrow();
        List<OfficialUnit> communes = BEFORE.childrenOf(district.code());
        assertEquals("thitranmuongte", labels.get(byName(communes, "Thị trấn Mường Tè").code()),
                "a town and a commune of one name: each keeps its type");
        assertEquals("xamuongte", labels.get(byName(communes, "Xã Mường Tè").code()));
        assertEquals("Xã Hoằng Phú", BEFORE.find("15883").orElseThrow().name());
        assertEquals("hoangphu-15883", labels.get("15883"), "tone marks only: the official code");
        assertEquals("hoangphu-16003", labels.get("16003"), "Xã Hoằng Phụ");
        assertEquals(BEFORE.find("16387").orElseThrow().name(), BEFORE.find("16408").orElseThrow().name());
        assertEquals("dongkhe-16387", labels.get("16387"), "the very same name twice in one district");
        assertEquals("dongkhe-16408", labels.get("16408"));
        assertTrue(BEFORE.all().stream().filter(u -> u.name().equals("Phường 1")).map(u -> labels.get(u.code()))
                .allMatch("phuong1"::equals), "numbered wards keep their type");
    }

    private static OfficialUnit byName(List<OfficialUnit> units, String name) {
        return units.stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
    }
}
