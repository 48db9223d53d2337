package vn.cong.royalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.cong.platform.DomainException;

/**
 * What people type for royalties, read the Vietnamese way: "234.000" or "234 000 đ" is two hundred thirty-four
 * thousand đồng (the dot groups thousands), "1,5" is one and a half (the comma is the decimal mark); "1.5" is
 * accepted too for a coefficient. Every refusal is a 422 with a message key.
 */
public final class RoyaltyInput {

    /** Upper bounds that catch typing errors (an extra zero), far above any real coefficient or amount. */
    static final BigDecimal MAX_COEFFICIENT = new BigDecimal("1000");
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");

    private RoyaltyInput() {
    }

    /** A whole number of đồng, possibly negative (adjustments); 422 otherwise. */
    public static BigDecimal amount(String typed) {
        String text = typed == null ? "" : typed.strip().replaceAll("(?i)(₫|đồng|đ|vnd)$", "").strip()
                .replaceAll("[.\\s\u00a0]", "");
        if (!text.matches("[-+]?\\d{1,13}")) {
            throw new DomainException(422, "royalty.amount.invalid", typed == null ? "" : typed);
        }
        BigDecimal amount = new BigDecimal(text);
        if (amount.abs().compareTo(MAX_AMOUNT) > 0) {
            throw new DomainException(422, "royalty.amount.invalid", typed);
        }
        return amount;
    }

    /** A coefficient ≥ 0 with at most two decimals; 422 otherwise. */
    public static BigDecimal coefficient(String typed) {
        String text = typed == null ? "" : typed.strip().replace(',', '.');
        if (!text.matches("\\d{1,4}(\\.\\d{1,2})?")) {
            throw new DomainException(422, "royalty.coefficient.invalid", typed == null ? "" : typed);
        }
        BigDecimal coefficient = new BigDecimal(text);
        if (coefficient.compareTo(MAX_COEFFICIENT) > 0) {
            throw new DomainException(422, "royalty.coefficient.invalid", typed);
        }
        return coefficient;
    }

    /** An ISO date (what an HTML date field sends); 422 otherwise. */
    public static LocalDate date(String typed) {
        try {
            return LocalDate.parse(typed == null ? "" : typed.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException(422, "royalty.date.invalid", typed == null ? "" : typed);
        }
    }
}
