package vn.cong.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.cong.platform.DomainException;

class CompliancePeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void nothingAskedMeansTheLastNinetyDaysAndTheNextThirty() {
        assertEquals(new CompliancePeriod(LocalDate.of(2026, 9, 4), LocalDate.of(2027, 1, 2)),
                CompliancePeriod.parse(null, " ", TODAY));
    }

    @Test
    void oneEndGivenKeepsTheDefaultOther() {
        assertEquals(new CompliancePeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2027, 1, 2)),
                CompliancePeriod.parse(" 2026-11-01 ", null, TODAY));
    }

    @Test
    void anUnreadableDateOrAReversedPeriodIsRefusedWithItsMessage() {
        assertEquals(422, assertThrows(DomainException.class,
                () -> CompliancePeriod.parse("03/12/2026", null, TODAY)).status());
        DomainException reversed = assertThrows(DomainException.class,
                () -> CompliancePeriod.parse("2026-12-10", "2026-12-01", TODAY));
        assertEquals("compliance.period.invalid", reversed.messageKey());
    }
}
