package vn.cong.reporting;

import java.util.List;
import java.util.Map;

/**
 * Items a unit published in one month, and — for a roll-up — the same for each child, summed up the tree.
 * {@code subtreeTotal} is the unit's own count plus its children's subtree totals.
 */
public record MonthlyPublication(long unitId, String unitName, String level, String month, long published,
                                 Map<String, Long> byCategory, long subtreeTotal, List<MonthlyPublication> children) {
}
