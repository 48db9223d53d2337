package vn.cong.royalty;

import java.math.BigDecimal;
import java.util.List;

/** What a sheet adds up to: the sum of its lines and how many there are — what the head approves is what was submitted. */
public record SheetTotals(BigDecimal total, int lines) {

    public SheetTotals {
        total = RoyaltyAmount.whole(total);
    }

    public static SheetTotals of(List<RoyaltyLine> lines) {
        return new SheetTotals(lines.stream().map(RoyaltyLine::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add),
                lines.size());
    }

    public boolean matches(SheetTotals other) {
        return total.compareTo(other.total) == 0 && lines == other.lines;
    }
}
