package vn.cong.editorial;

import java.time.Instant;

/**
 * Fired inside the transaction of every workflow move, after its audit line: the hook for inbox timers
 * (MIC Art. 14.1, with a {@code WorkingCalendar}) and back-office / e-mail notifications. {@code actorId} is null
 * for the scheduler; {@code note} is what the actor wrote with the move (a return note, a rejection note, why an
 * item was force-published or unpublished, the failure of a scheduled publication), or null.
 */
public record ItemTransitioned(long unitId, long itemId, WorkflowAction action, ItemState from, ItemState to,
                               Long actorId, Instant at, String note) {

    /** A move without a note. */
    public ItemTransitioned(long unitId, long itemId, WorkflowAction action, ItemState from, ItemState to,
                            Long actorId, Instant at) {
        this(unitId, itemId, action, from, to, actorId, at, null);
    }
}
