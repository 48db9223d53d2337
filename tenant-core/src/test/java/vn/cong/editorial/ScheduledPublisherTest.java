package vn.cong.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.control.RequestContextController;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.cong.platform.PlatformEntity;

/**
 * The publication scheduler with a fixed {@link Clock}: what is due at the clock's "now" is released once, what
 * is not yet due waits, and a release that breaks leaves the item failed — never silently scheduled.
 */
class ScheduledPublisherTest {

    private static final Instant NINE = Instant.parse("2026-11-20T02:00:00Z"); // 09:00 in Hà Nội

    private final FakeQueue queue = new FakeQueue();
    private final FakeTransitions transitions = new FakeTransitions();
    private final FakeRequestContext requestContext = new FakeRequestContext();

    @Test
    void anItemScheduledForNineIsReleasedAtNineAndNotASecondBefore() {
        queue.add(1, NINE);
        assertEquals(0, publisherAt(NINE.minusSeconds(1)).runDue());
        assertEquals(List.of(), transitions.released);
        assertEquals(1, publisherAt(NINE).runDue());
        assertEquals(List.of(1L), transitions.released);
    }

    @Test
    void everyDueRowIsReleasedOnceAndLaterOnesWait() {
        queue.add(1, NINE.minusSeconds(120));
        queue.add(2, NINE);
        queue.add(3, NINE.plusSeconds(60));
        ScheduledPublisher publisher = publisherAt(NINE);
        assertEquals(2, publisher.runDue());
        assertEquals(0, publisher.runDue(), "a second run finds nothing left to publish");
        assertEquals(List.of(1L, 2L), transitions.released);
        assertEquals(1, queue.rows.size(), "the row due at 09:01 is still queued");
    }

    @Test
    void aRowAnotherInstanceTookIsNotCountedAsPublishedHere() {
        queue.add(1, NINE);
        transitions.outcomes.put(1L, ItemTransitions.ReleaseOutcome.TAKEN_ELSEWHERE);
        assertEquals(0, publisherAt(NINE).runDue());
        assertEquals(List.of(), transitions.markedFailed);
    }

    @Test
    void aReleaseThatBreaksMarksTheItemFailedAndTheOthersStillGo() {
        queue.add(1, NINE);
        queue.add(2, NINE);
        transitions.breaking = 1L;
        assertEquals(1, publisherAt(NINE).runDue());
        assertEquals(List.of(1L), transitions.markedFailed);
        assertEquals(List.of(2L), transitions.released);
    }

    @Test
    void eachRunHasItsOwnRequestContextForTheTenantScope() {
        queue.add(1, NINE);
        publisherAt(NINE).runDue();
        assertTrue(requestContext.activated);
        assertFalse(requestContext.active, "deactivated after the run");
    }

    @Test
    void aQueueRowIsDueFromItsTimeOn() {
        ScheduledPublication row = new ScheduledPublication(10, 77, NINE);
        assertFalse(row.isDueAt(NINE.minusMillis(1)));
        assertTrue(row.isDueAt(NINE));
        assertTrue(row.isDueAt(NINE.plusSeconds(3600)));
    }

    @Test
    void aRequestedTimeIsKeptToTheSecondRoundedUpSoNothingIsPublishedEarly() {
        assertEquals(NINE, ScheduledPublication.dueTime(NINE));
        assertEquals(NINE.plusSeconds(1), ScheduledPublication.dueTime(NINE.plusMillis(1)));
        assertEquals(NINE.plusSeconds(1), ScheduledPublication.dueTime(NINE.plusNanos(999_999_999)));
    }

    private ScheduledPublisher publisherAt(Instant now) {
        ScheduledPublisher publisher = new ScheduledPublisher();
        publisher.queue = queue;
        publisher.transitions = transitions;
        publisher.requestContext = requestContext;
        publisher.clock = Clock.fixed(now, ZoneOffset.UTC);
        transitions.queue = queue;
        return publisher;
    }

    /** The queue's rows in memory; {@code due} answers as the database query does. */
    static final class FakeQueue extends PublicationQueue {
        final Map<Long, ScheduledPublication> rows = new HashMap<>();

        void add(long id, Instant due) {
            ScheduledPublication row = new ScheduledPublication(10, 100 + id, due);
            Items.setField(PlatformEntity.class, row, "id", id);
            rows.put(id, row);
        }

        @Override
        public List<ScheduledPublication> due(Instant now, int max) {
            return rows.values().stream().filter(r -> r.isDueAt(now))
                    .sorted((a, b) -> a.getId().compareTo(b.getId())).limit(max).toList();
        }

        @Override
        public Optional<ScheduledPublication> claim(long rowId) {
            return Optional.ofNullable(rows.get(rowId));
        }
    }

    /** Records what the scheduler asked for; releasing deletes the row as the real one does. */
    static final class FakeTransitions extends ItemTransitions {
        final List<Long> released = new ArrayList<>();
        final List<Long> markedFailed = new ArrayList<>();
        final Map<Long, ReleaseOutcome> outcomes = new HashMap<>();
        FakeQueue queue;
        Long breaking;

        @Override
        public ReleaseOutcome release(long queueRowId) {
            if (Long.valueOf(queueRowId).equals(breaking)) {
                throw new IllegalStateException("the database went away");
            }
            ReleaseOutcome outcome = outcomes.getOrDefault(queueRowId, ReleaseOutcome.PUBLISHED);
            if (outcome == ReleaseOutcome.PUBLISHED) {
                released.add(queueRowId);
            }
            queue.rows.remove(queueRowId);
            return outcome;
        }

        @Override
        public void failAfterError(long queueRowId) {
            markedFailed.add(queueRowId);
            queue.rows.remove(queueRowId);
        }
    }

    static final class FakeRequestContext implements RequestContextController {
        boolean active;
        boolean activated;

        @Override
        public boolean activate() {
            active = true;
            activated = true;
            return true;
        }

        @Override
        public void deactivate() {
            active = false;
        }
    }
}
