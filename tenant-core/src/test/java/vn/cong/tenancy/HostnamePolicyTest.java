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
}
