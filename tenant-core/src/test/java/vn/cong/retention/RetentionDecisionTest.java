package vn.cong.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.cong.catalog.Retention;
import vn.cong.catalog.RetentionKind;

/** MIC Art. 15.2 as decisions: expired legal documents one year, other items five; some things never leave. */
class RetentionDecisionTest {

    private static final Retention EXPIRED_ONE_YEAR = Retention.parse("1 YEARS_AFTER_EXPIRY");
    private static final Retention FIVE_YEARS = Retention.parse("5 YEARS");

    @Test
    void anExpiredLegalDocumentLeavesOneYearAfterItsExpiry() {
        LocalDate published = LocalDate.of(2020, 5, 4);
        LocalDate expired = LocalDate.of(2025, 3, 1);
        assertEquals(Optional.of(LocalDate.of(2026, 3, 1)), RetentionDecision.removableFrom(EXPIRED_ONE_YEAR, published, expired));
        assertFalse(RetentionDecision.isDue(EXPIRED_ONE_YEAR, published, expired, LocalDate.of(2026, 2, 28)));
        assertTrue(RetentionDecision.isDue(EXPIRED_ONE_YEAR, published, expired, LocalDate.of(2026, 3, 1)));
    }

    @Test
    void aDocumentStillInForceNeverLeaves() {
        assertFalse(RetentionDecision.isDue(EXPIRED_ONE_YEAR, LocalDate.of(2001, 1, 1), null, LocalDate.of(2099, 1, 1)));
    }

    @Test
    void otherItemsLeaveFiveYearsAfterPublication() {
        assertTrue(RetentionDecision.isDue(FIVE_YEARS, LocalDate.of(2021, 11, 23), null, LocalDate.of(2026, 11, 23)));
        assertFalse(RetentionDecision.isDue(FIVE_YEARS, LocalDate.of(2021, 11, 24), null, LocalDate.of(2026, 11, 23)));
    }

    @Test
    void permanentContinuousAndArchivalLawAreNeverApplied() {
        for (RetentionKind kind : new RetentionKind[] {RetentionKind.PERMANENT, RetentionKind.CONTINUOUS,
            RetentionKind.ARCHIVAL_LAW}) {
            Retention retention = Retention.of(kind);
            assertFalse(RetentionDecision.isApplied(retention), kind.name());
            assertFalse(RetentionDecision.isDue(retention, LocalDate.of(1990, 1, 1), LocalDate.of(1991, 1, 1),
                    LocalDate.of(2026, 1, 1)), kind.name());
        }
        assertTrue(RetentionDecision.isApplied(FIVE_YEARS));
        assertFalse(RetentionDecision.isApplied(null));
    }
}
