package vn.cong.editorial;

import java.time.Instant;

/**
 * Fired inside the transaction of a save that wrote a revision (not for a save that changed nothing).
 * {@code amendment} is true when the item is published and the revision is a working revision citizens do not see
 * yet — the secretariat's inbox then lists it until it is republished.
 */
public record ItemRevised(long unitId, long itemId, int revision, long actorId, boolean amendment, Instant at) {
}
