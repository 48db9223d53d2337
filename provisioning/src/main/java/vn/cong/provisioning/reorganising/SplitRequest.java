package vn.cong.provisioning.reorganising;

import java.time.LocalDate;
import java.util.List;

/**
 * One unit's area shared out among several existing units by a decision: {@code successorIds} take a part each; the
 * first of them takes its content and people ({@code content} {@code MOVE}, the default) or the old portal keeps its
 * content as an archive ({@code ARCHIVE}); {@code accounts} {@code CARRY} (to the first successor) or
 * {@code DEACTIVATE}.
 */
public record SplitRequest(Long unitId, List<Long> successorIds, String decisionNo, LocalDate decisionDate,
                           LocalDate effectiveOn, String content, String accounts) {
}
