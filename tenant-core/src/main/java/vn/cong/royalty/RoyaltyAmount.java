package vn.cong.royalty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Money of royalties: Vietnamese đồng with no fraction (the đồng has no subunit in use). An amount is
 * coefficient × value of one coefficient unit, rounded half-up to the whole đồng; when several people share one
 * kind of work on an item (co-authors), the amount is split into whole-đồng parts that add up exactly to it.
 */
public final class RoyaltyAmount {

    private RoyaltyAmount() {
    }

    /** Coefficient × base value, half-up to the whole đồng. */
    public static BigDecimal of(BigDecimal coefficient, BigDecimal baseValue) {
        return coefficient.multiply(baseValue).setScale(0, RoundingMode.HALF_UP);
    }

    /** {@code total} split into {@code parts} whole-đồng shares that sum to it; the first shares take the odd đồng. */
    public static List<BigDecimal> split(BigDecimal total, int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("parts must be positive: " + parts);
        }
        BigDecimal whole = total.setScale(0, RoundingMode.HALF_UP);
        BigDecimal[] division = whole.divideAndRemainder(BigDecimal.valueOf(parts));
        int remainder = division[1].intValueExact();
        List<BigDecimal> shares = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            shares.add(division[0].add(i < Math.abs(remainder) ? BigDecimal.valueOf(Integer.signum(remainder)) : BigDecimal.ZERO));
        }
        return shares;
    }

    /** Whole đồng, normalised (no scale noise such as 234000.00). */
    public static BigDecimal whole(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.HALF_UP);
    }
}
