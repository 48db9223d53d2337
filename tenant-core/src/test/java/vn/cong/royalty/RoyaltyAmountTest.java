package vn.cong.royalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cong.platform.DomainException;

class RoyaltyAmountTest {

    private static BigDecimal vnd(long amount) {
        return BigDecimal.valueOf(amount);
    }

    @Test
    void anAmountIsTheCoefficientTimesTheBaseValueInWholeDong() {
        assertEquals(vnd(351_000), RoyaltyAmount.of(new BigDecimal("1.5"), vnd(234_000)));
        assertEquals(0, RoyaltyAmount.of(new BigDecimal("1.5"), vnd(234_000)).scale(), "no fractional đồng");
    }

    @Test
    void halfADongRoundsUpAndLessRoundsDown() {
        assertEquals(vnd(2), RoyaltyAmount.of(new BigDecimal("0.5"), vnd(3)));
        assertEquals(vnd(292_501), RoyaltyAmount.of(new BigDecimal("1.25"), vnd(234_001)), "292 501,25 → 292 501");
        assertEquals(vnd(292_503), RoyaltyAmount.of(new BigDecimal("1.25"), vnd(234_002)), "292 502,50 → 292 503");
    }

    @Test
    void sharesOfOneAmountAreWholeDongAndAddUpExactly() {
        assertEquals(List.of(vnd(34), vnd(33), vnd(33)), RoyaltyAmount.split(vnd(100), 3));
        assertEquals(List.of(vnd(117_000), vnd(117_000)), RoyaltyAmount.split(vnd(234_000), 2));
        List<BigDecimal> negative = RoyaltyAmount.split(vnd(-100), 3);
        assertEquals(vnd(-100), negative.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void amountsAreTypedTheVietnameseWay() {
        assertEquals(vnd(234_000), RoyaltyInput.amount("234.000"));
        assertEquals(vnd(234_000), RoyaltyInput.amount("234 000 đ"));
        assertEquals(vnd(-50_000), RoyaltyInput.amount("-50.000"));
        assertThrows(DomainException.class, () -> RoyaltyInput.amount("1,5"), "no fractional đồng");
        assertThrows(DomainException.class, () -> RoyaltyInput.amount("abc"));
        assertThrows(DomainException.class, () -> RoyaltyInput.amount(""));
    }

    @Test
    void coefficientsTakeADecimalCommaOrPointWithAtMostTwoDecimals() {
        assertEquals(new BigDecimal("1.5"), RoyaltyInput.coefficient("1,5"));
        assertEquals(new BigDecimal("0.25"), RoyaltyInput.coefficient("0.25"));
        DomainException tooPrecise = assertThrows(DomainException.class, () -> RoyaltyInput.coefficient("1,255"));
        assertEquals(422, tooPrecise.status());
        assertThrows(DomainException.class, () -> RoyaltyInput.coefficient("-1"));
        assertThrows(DomainException.class, () -> RoyaltyInput.coefficient("5000"), "an extra zero is caught");
    }
}
