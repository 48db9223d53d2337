package vn.cong.royalty;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One person's row of a monthly sheet: how many items they were paid for, what each kind of work earned, the
 * adjustments, and the total. {@code byKind} has every {@link ContributionKind} by name, zero when nothing.
 */
public record PersonTotal(String personKey, Long accountId, String name, int items, Map<String, BigDecimal> byKind,
                          BigDecimal adjustments, BigDecimal total) {

    public PersonTotal {
        byKind = Collections.unmodifiableMap(new LinkedHashMap<>(byKind));
    }

    public BigDecimal amount(ContributionKind kind) {
        return byKind.getOrDefault(kind.name(), BigDecimal.ZERO);
    }
}
