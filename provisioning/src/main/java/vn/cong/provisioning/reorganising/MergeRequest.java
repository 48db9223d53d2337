package vn.cong.provisioning.reorganising;

import java.time.LocalDate;
import java.util.List;
import vn.cong.provisioning.control.UnitRequest;

/**
 * Several units merged into one (a commune merger; a retirement into the parent is the merge of one unit into its
 * parent): the units that stop, the one they live on in — an existing unit ({@code successorId}) or one opened by
 * the same operation ({@code newSuccessor}) —, the decision, and what happens to content ({@code MOVE}) and to
 * accounts and board seats ({@code CARRY} or {@code DEACTIVATE}).
 */
public record MergeRequest(List<Long> predecessorIds, Long successorId, UnitRequest newSuccessor, String decisionNo,
                           LocalDate decisionDate, LocalDate effectiveOn, String content, String accounts) {
}
