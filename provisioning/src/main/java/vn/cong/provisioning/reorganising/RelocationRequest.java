package vn.cong.provisioning.reorganising;

import java.time.LocalDate;

/**
 * A unit moved under another parent (a commune of an abolished district placed under its province) and/or
 * renamed, by a decision: {@code newParentId} null keeps the parent, {@code newName} null keeps the name.
 */
public record RelocationRequest(Long unitId, Long newParentId, String newName, String decisionNo,
                                LocalDate decisionDate, LocalDate effectiveOn) {
}
