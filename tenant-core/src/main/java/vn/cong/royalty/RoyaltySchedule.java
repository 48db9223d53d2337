package vn.cong.royalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.cong.catalog.ContentType;

/**
 * A unit's coefficients and base values as dated versions, answering what was in force on a Vietnamese calendar
 * day: the version with the latest effective date on or before it. Pure: built from rows, tested without a database.
 */
public final class RoyaltySchedule {

    private final List<RoyaltyRate> rates;
    private final List<RoyaltyBaseValue> baseValues;

    public RoyaltySchedule(List<RoyaltyRate> rates, List<RoyaltyBaseValue> baseValues) {
        this.rates = List.copyOf(rates);
        this.baseValues = List.copyOf(baseValues);
    }

    public Optional<RoyaltyRate> rateOn(ContentType type, ContributionKind kind, LocalDate day) {
        return rates.stream()
                .filter(r -> r.getContentType() == type && r.getKind() == kind && !r.getEffectiveFrom().isAfter(day))
                .max(Comparator.comparing(RoyaltyRate::getEffectiveFrom));
    }

    public Optional<BigDecimal> coefficientOn(ContentType type, ContributionKind kind, LocalDate day) {
        return rateOn(type, kind, day).map(RoyaltyRate::getCoefficient);
    }

    public Optional<RoyaltyBaseValue> baseValueVersionOn(LocalDate day) {
        return baseValues.stream().filter(b -> !b.getEffectiveFrom().isAfter(day))
                .max(Comparator.comparing(RoyaltyBaseValue::getEffectiveFrom));
    }

    public Optional<BigDecimal> baseValueOn(LocalDate day) {
        return baseValueVersionOn(day).map(RoyaltyBaseValue::getAmount);
    }

    /** What a kind of work on a content type earns on that day, when both a coefficient and a base value are set. */
    public Optional<BigDecimal> amountOn(ContentType type, ContributionKind kind, LocalDate day) {
        Optional<BigDecimal> base = baseValueOn(day);
        return coefficientOn(type, kind, day).flatMap(c -> base.map(b -> RoyaltyAmount.of(c, b)));
    }

    public List<RoyaltyRate> rates() {
        return rates;
    }

    public List<RoyaltyBaseValue> baseValues() {
        return baseValues;
    }
}
