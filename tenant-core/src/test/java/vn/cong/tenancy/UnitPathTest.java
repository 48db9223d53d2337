package vn.cong.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UnitPathTest {

    @Test
    void aSubtreeContainsItsDescendantsAndItself() {
        UnitPath province = UnitPath.root(12);
        UnitPath commune = province.child(40).child(77);
        assertEquals("/12/40/77/", commune.value());
        assertTrue(province.contains(commune));
        assertTrue(province.contains(province));
        assertFalse(commune.contains(province));
        assertEquals(3, commune.depth());
    }

    @Test
    void aPrefixOfAnIdIsNotAnAncestor() {
        assertFalse(UnitPath.root(1).contains(UnitPath.root(12)));
    }

    @Test
    void malformedPathIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new UnitPath("12/40"));
    }

    @Test
    void levelsAllowOnlyTheirOfficialChildren() {
        assertTrue(UnitLevel.PROVINCE.mayContain(UnitLevel.DISTRICT));
        assertTrue(UnitLevel.PROVINCE.mayContain(UnitLevel.COMMUNE));
        assertTrue(UnitLevel.DISTRICT.mayContain(UnitLevel.COMMUNE));
        assertFalse(UnitLevel.COMMUNE.mayContain(UnitLevel.COMMUNE));
        assertFalse(UnitLevel.PROVINCE.mayContain(UnitLevel.MINISTRY_UNIT));
        assertTrue(UnitLevel.MINISTRY.mayContain(UnitLevel.MINISTRY_UNIT));
    }
}
