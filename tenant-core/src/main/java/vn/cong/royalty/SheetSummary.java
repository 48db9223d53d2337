package vn.cong.royalty;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cong.platform.Messages;

/**
 * Totals per person of a month's lines (pure): publication lines add to their kind's column and count their item
 * once, adjustments add to their own column; people in Vietnamese alphabetical order.
 */
public final class SheetSummary {

    private SheetSummary() {
    }

    public static List<PersonTotal> people(List<RoyaltyLine> lines) {
        Map<String, Accumulator> byPerson = new LinkedHashMap<>();
        for (RoyaltyLine line : lines) {
            byPerson.computeIfAbsent(line.getPersonKey(), k -> new Accumulator(line)).add(line);
        }
        Collator vietnamese = Collator.getInstance(Messages.VIETNAMESE);
        List<PersonTotal> people = new ArrayList<>();
        byPerson.values().forEach(a -> people.add(a.total()));
        people.sort(Comparator.comparing(PersonTotal::name, vietnamese).thenComparing(PersonTotal::personKey));
        return people;
    }

    /** Column totals by kind name, every kind present. */
    public static Map<String, BigDecimal> byKind(List<PersonTotal> people) {
        Map<String, BigDecimal> totals = zeroByKind();
        for (PersonTotal person : people) {
            person.byKind().forEach((kind, amount) -> totals.merge(kind, amount, BigDecimal::add));
        }
        return totals;
    }

    static Map<String, BigDecimal> zeroByKind() {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        for (ContributionKind kind : ContributionKind.values()) {
            totals.put(kind.name(), BigDecimal.ZERO);
        }
        return totals;
    }

    private static final class Accumulator {
        private final String key;
        private final Long accountId;
        private final String name;
        private final Set<Long> items = new HashSet<>();
        private final Map<String, BigDecimal> byKind = zeroByKind();
        private BigDecimal adjustments = BigDecimal.ZERO;

        Accumulator(RoyaltyLine first) {
            this.key = first.getPersonKey();
            this.accountId = first.getAccountId();
            this.name = first.getPersonName();
        }

        void add(RoyaltyLine line) {
            if (line.isAdjustment()) {
                adjustments = adjustments.add(line.getAmount());
            } else {
                byKind.merge(line.getKind().name(), line.getAmount(), BigDecimal::add);
                items.add(line.getItemId());
            }
        }

        PersonTotal total() {
            BigDecimal total = byKind.values().stream().reduce(adjustments, BigDecimal::add);
            return new PersonTotal(key, accountId, name, items.size(), byKind, adjustments, total);
        }
    }
}
