package vn.cong.admin.consultation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.cong.consultation.CommentState;

/** The moderation list's filter and page as the address names them ({@code &state=}, {@code &page=}), read leniently. */
final class CommentFilter {

    static final String ALL = "ALL";

    /** Each state, then all. */
    static final List<String> FILTERS;

    static {
        List<String> filters = new ArrayList<>();
        for (CommentState each : CommentState.values()) {
            filters.add(each.name());
        }
        filters.add(ALL);
        FILTERS = List.copyOf(filters);
    }

    private CommentFilter() {
    }

    /** How many comments a filter shows, from the counts by state (none yet: 0). */
    static long count(Map<CommentState, Long> counts, String filter) {
        if (counts == null) {
            return 0;
        }
        return ALL.equals(filter) ? counts.values().stream().mapToLong(Long::longValue).sum()
                : counts.getOrDefault(CommentState.valueOf(filter), 0L);
    }

    /** The state asked for; else the pending comments when there are any; null for all. */
    static CommentState chosen(String asked, Map<CommentState, Long> counts) {
        if (asked != null && !asked.isBlank()) {
            String word = asked.strip().toUpperCase(Locale.ROOT);
            if (ALL.equals(word)) {
                return null;
            }
            for (CommentState each : CommentState.values()) {
                if (each.name().equals(word)) {
                    return each;
                }
            }
        }
        return counts != null && counts.getOrDefault(CommentState.PENDING, 0L) > 0 ? CommentState.PENDING : null;
    }

    /** The page asked for, from 1; anything else is the first. */
    static int pageNumber(String page) {
        try {
            return Math.max(1, page == null ? 1 : Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
