package vn.cong.interaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrackingCodeTest {

    private static final TrackingCode TWELFTH = new TrackingCode(LocalDate.of(2026, 12, 2), 12);

    @Test
    void itIsWrittenAsTheNationalPortalWritesIt() {
        assertEquals("PAKN.20261202.0012", TWELFTH.toString());
        assertEquals("PAKN.20261202.12345", new TrackingCode(LocalDate.of(2026, 12, 2), 12345).toString());
    }

    @Test
    void itIsReadBackAsAPersonTypesIt() {
        for (String typed : new String[] {"PAKN.20261202.0012", "pakn.20261202.0012", " PAKN 20261202 12 ",
                "PAKN-20261202-012"}) {
            assertEquals(Optional.of(TWELFTH), TrackingCode.parse(typed), typed);
        }
    }

    @Test
    void anythingElseIsNoCode() {
        for (String typed : new String[] {null, "", "PAKN.20261302.0012", "PAKN.2026120.0012", "PAKN.20261202.0",
                "TIN.20261202.0012", "PAKN.20261202.0012; drop table question"}) {
            assertTrue(TrackingCode.parse(typed).isEmpty(), String.valueOf(typed));
        }
        assertThrows(IllegalArgumentException.class, () -> new TrackingCode(LocalDate.of(2026, 12, 2), 0));
    }
}
