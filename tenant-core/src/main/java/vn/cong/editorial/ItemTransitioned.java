package vn.cong.editorial;

import java.time.Instant;

/**
 * Fired inside the transaction of every workflow move, after its audit line: the hook for inbox timers
 * (MIC Art. 14.1, with a {@code WorkingCalendar}) and back-office / e-mail notifications. {@code actorId} is null
 * for the scheduler.
 */
public record ItemTransitioned(long unitId, long itemId, WorkflowAction action, ItemState from, ItemState to,
                               Long actorId, Instant at) {
}
