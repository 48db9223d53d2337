package vn.cong.provisioning.reorganising;

import java.util.List;

/**
 * What a split will do, before it is done: the unit shared out (its hostname will list the successors), what it
 * holds, the successors, and which of them takes its content and people ({@code contentTo}; null: kept in place as
 * an archive). Nothing is written to produce it.
 */
public record SplitPlan(long unitId, String officialName, String hostname, long items, long publishedItems,
                        long accounts, List<Successor> successors, Long contentTo, String content,
                        String accountsChoice) {

    public record Successor(long unitId, String officialName, String hostname) {
    }
}
