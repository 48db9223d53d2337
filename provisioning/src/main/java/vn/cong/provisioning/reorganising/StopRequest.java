package vn.cong.provisioning.reorganising;

import java.time.LocalDate;

/** A unit's portal stopped without successor, by a decision (MIC Art. 8.5c). */
public record StopRequest(Long unitId, String decisionNo, LocalDate decisionDate, LocalDate effectiveOn) {
}
