package vn.cong.royalty;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit's monthly royalty sheet as the back office, the API and the XLSX show it: its state and who moved it,
 * the totals per person and per kind, the lines, and what the caller may do to it now.
 */
public record RoyaltySheetView(long unitId, String unitName, String month, SheetState state, String submittedBy,
                               Instant submittedAt, String approvedBy, Instant approvedAt, Instant lockedAt,
                               String returnNote, List<PersonTotal> people, Map<String, BigDecimal> totalsByKind,
                               BigDecimal adjustments, BigDecimal total, int items, List<LineView> lines,
                               List<SheetAction> availableActions) {

    public RoyaltySheetView {
        people = List.copyOf(people);
        totalsByKind = Collections.unmodifiableMap(new LinkedHashMap<>(totalsByKind));
        lines = List.copyOf(lines);
        availableActions = List.copyOf(availableActions);
    }

    public boolean offers(SheetAction action) {
        return availableActions.contains(action);
    }
}
