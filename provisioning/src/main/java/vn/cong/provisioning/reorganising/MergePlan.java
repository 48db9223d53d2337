package vn.cong.provisioning.reorganising;

import java.util.List;

/**
 * What a merge will do, before it is done: for each unit that stops, what moves to the successor and which of its
 * addresses will lead there; for the successor, where it answers. Nothing is written to produce it.
 */
public record MergePlan(Long successorId, String successorName, String successorHostname, List<Part> predecessors,
                        String content, String accounts) {

    /** One unit that stops: its hostname (which will redirect), its items, categories and accounts. */
    public record Part(long id, String officialName, String hostname, long items, long publishedItems,
                       long categories, long accounts) {
    }
}
