package vn.cong.royalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.cong.catalog.ContentType;

/** Which coefficient and base value were in force on a day: the latest version dated on or before it. */
class RoyaltyScheduleTest {

    static final LocalDate JULY_2024 = LocalDate.of(2024, 7, 1);
    static final LocalDate DECEMBER_2026 = LocalDate.of(2026, 12, 1);

    static RoyaltyRate rate(ContentType type, ContributionKind kind, LocalDate from, String coefficient) {
        return new RoyaltyRate(type, kind, from, new BigDecimal(coefficient), null, Instant.EPOCH);
    }

    static RoyaltyBaseValue base(LocalDate from, long amount) {
        return new RoyaltyBaseValue(from, BigDecimal.valueOf(amount), null, Instant.EPOCH);
    }

    private final RoyaltySchedule schedule = new RoyaltySchedule(
            List.of(rate(ContentType.ARTICLE, ContributionKind.WRITING, JULY_2024, "1.5"),
                    rate(ContentType.ARTICLE, ContributionKind.WRITING, DECEMBER_2026, "2"),
                    rate(ContentType.ARTICLE, ContributionKind.EDITING, JULY_2024, "0.3")),
            List.of(base(LocalDate.of(2023, 7, 1), 180_000), base(JULY_2024, 234_000)));

    @Test
    void aVersionAppliesFromItsOwnDayOn() {
        assertEquals(Optional.of(new BigDecimal("1.5")),
                schedule.coefficientOn(ContentType.ARTICLE, ContributionKind.WRITING, JULY_2024));
        assertEquals(Optional.of(new BigDecimal("1.5")),
                schedule.coefficientOn(ContentType.ARTICLE, ContributionKind.WRITING, DECEMBER_2026.minusDays(1)));
        assertEquals(Optional.of(new BigDecimal("2")),
                schedule.coefficientOn(ContentType.ARTICLE, ContributionKind.WRITING, DECEMBER_2026));
    }

    @Test
    void beforeTheFirstVersionNothingIsInForce() {
        assertTrue(schedule.coefficientOn(ContentType.ARTICLE, ContributionKind.WRITING, JULY_2024.minusDays(1)).isEmpty());
    }

    @Test
    void eachContentTypeAndKindHasItsOwnVersions() {
        assertTrue(schedule.coefficientOn(ContentType.ANNOUNCEMENT, ContributionKind.WRITING, DECEMBER_2026).isEmpty());
        assertEquals(Optional.of(new BigDecimal("0.3")),
                schedule.coefficientOn(ContentType.ARTICLE, ContributionKind.EDITING, DECEMBER_2026));
    }

    @Test
    void theBaseValueFollowsTheBaseSalaryChange() {
        assertEquals(Optional.of(BigDecimal.valueOf(180_000)), schedule.baseValueOn(JULY_2024.minusDays(1)));
        assertEquals(Optional.of(BigDecimal.valueOf(234_000)), schedule.baseValueOn(JULY_2024));
    }

    @Test
    void anAmountNeedsBothACoefficientAndABaseValue() {
        assertEquals(Optional.of(BigDecimal.valueOf(351_000)),
                schedule.amountOn(ContentType.ARTICLE, ContributionKind.WRITING, JULY_2024));
        assertEquals(Optional.of(BigDecimal.valueOf(468_000)),
                schedule.amountOn(ContentType.ARTICLE, ContributionKind.WRITING, DECEMBER_2026));
        assertTrue(new RoyaltySchedule(schedule.rates(), List.of())
                .amountOn(ContentType.ARTICLE, ContributionKind.WRITING, DECEMBER_2026).isEmpty());
    }
}
