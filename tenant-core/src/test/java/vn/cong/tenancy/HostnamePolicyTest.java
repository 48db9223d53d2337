package vn.cong.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HostnamePolicyTest {

    @Test
    void communeIsNamedAfterThePlaceWithoutItsTypeOrDiacritics() {
        assertEquals("daotru", HostnamePolicy.labelFor(UnitLevel.COMMUNE, "Xã Đạo Trù", null));
    }

    @Test
    void districtAndProvinceDropTheirTypePrefix() {
        assertEquals("tamdao", HostnamePolicy.labelFor(UnitLevel.DISTRICT, "Huyện Tam Đảo", null));
        assertEquals("vinhtuong", HostnamePolicy.labelFor(UnitLevel.DISTRICT, "Huyện Vĩnh Tường", null));
        assertEquals("vinhphuc", HostnamePolicy.labelFor(UnitLevel.PROVINCE, "Tỉnh Vĩnh Phúc", null));
        assertEquals("vinhyen", HostnamePolicy.labelFor(UnitLevel.DISTRICT, "Thành phố Vĩnh Yên", null));
        assertEquals("phucyen", HostnamePolicy.labelFor(UnitLevel.DISTRICT, "Thị xã Phúc Yên", null));
        assertEquals("hopchau", HostnamePolicy.labelFor(UnitLevel.COMMUNE, "Thị trấn Hợp Châu", null));
    }

    @Test
    void departmentIsNamedAfterItsAbbreviation() {
        assertEquals("sotttt", HostnamePolicy.labelFor(UnitLevel.DEPARTMENT, "Sở Thông tin và Truyền thông", "Sở TTTT"));
    }

    @Test
    void dBarBecomesD() {
        assertEquals("dongda", HostnamePolicy.labelFor(UnitLevel.COMMUNE, "Phường Đống Đa", null));
    }

    @Test
    void numberedWardKeepsItsTypeSoTheLabelIsNotABareNumber() {
        assertEquals("phuong1", HostnamePolicy.labelFor(UnitLevel.COMMUNE, "Phường 1", null));
    }

    @Test
    void nameThatIsOnlyATypeKeepsItsWords() {
        assertEquals("xa", HostnamePolicy.labelFor(UnitLevel.COMMUNE, "Xã", null));
    }

    @Test
    void hostnameNestsUnderTheParent() {
        assertEquals("daotru.tamdao.vinhphuc", HostnamePolicy.canonicalHostname("daotru", "tamdao.vinhphuc"));
        assertEquals("vinhphuc", HostnamePolicy.canonicalHostname("vinhphuc", null));
        assertEquals("english.vinhphuc", HostnamePolicy.englishHostname("vinhphuc"));
    }

    @Test
    void punctuationOnlyNameIsRefused() {
        assertThrows(InvalidUnitNameException.class, () -> HostnamePolicy.labelFor(UnitLevel.COMMUNE, "!!!", null));
    }

    @Test
    void reservedAndMalformedLabelsAreRefused() {
        assertThrows(InvalidUnitNameException.class, () -> HostnamePolicy.requireValidLabel("english"));
        assertThrows(InvalidUnitNameException.class, () -> HostnamePolicy.requireValidLabel("-abc"));
        assertThrows(InvalidUnitNameException.class, () -> HostnamePolicy.requireValidLabel("a_b"));
        assertEquals("mic", HostnamePolicy.requireValidLabel("MIC"));
    }

    @Test
    void siblingsOfOneNameKeepTheirTypeAndThenTheirCodeInAnyOrder() {
        java.util.List<HostnamePolicy.Sibling> siblings = new java.util.ArrayList<>(java.util.List.of(
                new HostnamePolicy.Sibling("03262", UnitLevel.COMMUNE, "Thị trấn Mường Tè", null),
                new HostnamePolicy.Sibling("03265", UnitLevel.COMMUNE, "Xã Mường Tè", null),
                new HostnamePolicy.Sibling("15883", UnitLevel.COMMUNE, "Xã Hoằng Phú", null),
                new HostnamePolicy.Sibling("16003", UnitLevel.COMMUNE, "Xã Hoằng Phụ", null),
                new HostnamePolicy.Sibling("00001", UnitLevel.COMMUNE, "Phường 1", null),
                new HostnamePolicy.Sibling("09999", UnitLevel.COMMUNE, "Xã Đạo Trù", null)));
        java.util.Map<String, String> expected = java.util.Map.of("03262", "thitranmuongte", "03265", "xamuongte",
                "15883", "hoangphu-15883", "16003", "hoangphu-16003", "00001", "phuong1", "09999", "daotru");
        assertEquals(expected, HostnamePolicy.siblingLabels(siblings));
        java.util.Collections.reverse(siblings);
        assertEquals(expected, HostnamePolicy.siblingLabels(siblings));
    }
}
