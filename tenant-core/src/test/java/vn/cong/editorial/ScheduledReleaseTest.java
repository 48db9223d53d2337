package vn.cong.editorial;

import vn.cong.platform.ContentChanged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.cong.testing.RecordedEvent;
import vn.cong.audit.AuditEvent;
import vn.cong.audit.AuditLog;
import vn.cong.catalog.Category;
import vn.cong.catalog.CategoryRepository;
import vn.cong.catalog.ContentType;
import vn.cong.platform.PlatformEntity;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitLevel;
import vn.cong.tenancy.UnitRepository;
import vn.cong.tenancy.UnitState;

/**
 * What the scheduler does with one claimed row, at a fixed {@link Clock}: publishes the item when it still can be
 * published, otherwise moves it to PUBLISH_FAILED with the reason and an audit line — never silently.
 */
class ScheduledReleaseTest {

    private static final Instant NINE = Items.LATER;

    private final Map<Long, ScheduledPublication> rows = new HashMap<>();
    private final Map<Long, Item> itemsById = new HashMap<>();
    private final List<AuditEvent> auditLines = new ArrayList<>();
    private final List<ItemPublished> publishedEvents = new ArrayList<>();
    private final List<ContentChanged> contentEvents = new ArrayList<>();
    private final List<Long> publishedRevisions = new ArrayList<>();
    private final Unit unit = unit();
    private boolean categoryExists = true;

    @Test
    void aDueItemIsPublishedAtItsTimeWithItsAuditLineAndEvents() {
        Item item = scheduledRow(1);
        assertEquals(ItemTransitions.ReleaseOutcome.PUBLISHED, transitionsAt(NINE).release(1));
        assertEquals(ItemState.PUBLISHED, item.getState());
        assertEquals(NINE, item.getPublishedAt());
        assertNull(item.getScheduledAt());
        assertTrue(rows.isEmpty(), "the claimed row is gone with the publication");
        AuditEvent line = auditLines.get(0);
        assertEquals("RELEASE", line.getAction());
        assertEquals(ItemTransitions.SCHEDULER, line.getActorName());
        assertEquals("SCHEDULED", line.getFromState());
        assertEquals("PUBLISHED", line.getToState());
        assertEquals(1, publishedEvents.size());
        assertEquals(Items.UNIT, publishedEvents.get(0).unitId());
        assertEquals(java.util.Set.of(Items.AUTHOR, Items.SECRETARY), publishedEvents.get(0).contributors(),
                "the author and whoever saved a revision");
        assertEquals(List.of(new ContentChanged(Items.UNIT)), contentEvents, "the page cache drops the unit's pages");
        assertEquals(List.of(item.getId()), publishedRevisions, "its latest revision is what citizens read");
    }

    @Test
    void anItemWhoseCategoryWasRemovedFailsVisiblyInsteadOfPublishing() {
        Item item = scheduledRow(1);
        categoryExists = false;
        assertEquals(ItemTransitions.ReleaseOutcome.FAILED, transitionsAt(NINE).release(1));
        assertEquals(ItemState.PUBLISH_FAILED, item.getState());
        assertEquals("publication.category-missing", item.getPublishFailure());
        assertEquals("Chuyên mục của tin bài không còn tồn tại.", ItemTransitions.failureMessage(item, "vi"));
        assertEquals("FAIL", auditLines.get(0).getAction());
        assertTrue(publishedEvents.isEmpty());
        assertTrue(rows.isEmpty(), "a failed item is not retried behind the secretariat's back");
    }

    @Test
    void aRetiredUnitsItemFailsToo() {
        Item item = scheduledRow(1);
        Items.setField(Unit.class, unit, "state", UnitState.RETIRED);
        assertEquals(ItemTransitions.ReleaseOutcome.FAILED, transitionsAt(NINE).release(1));
        assertEquals("publication.unit-inactive", item.getPublishFailure());
    }

    @Test
    void aRowRescheduledLaterIsNotReleasedEarly() {
        Item item = scheduledRow(1);
        assertEquals(ItemTransitions.ReleaseOutcome.NOT_DUE, transitionsAt(NINE.minusSeconds(1)).release(1));
        assertEquals(ItemState.SCHEDULED, item.getState());
        assertEquals(1, rows.size());
    }

    @Test
    void aRowAnotherInstanceAlreadyReleasedIsLeftAlone() {
        assertEquals(ItemTransitions.ReleaseOutcome.TAKEN_ELSEWHERE, transitionsAt(NINE).release(99));
        assertTrue(auditLines.isEmpty());
    }

    @Test
    void anItemNoLongerScheduledOnlyLosesItsStaleRow() {
        Item item = scheduledRow(1);
        item.moveTo(ItemState.APPROVED, Transition.of(WorkflowAction.UNSCHEDULE), Items.SECRETARY, Items.NOW);
        assertEquals(ItemTransitions.ReleaseOutcome.STALE, transitionsAt(NINE).release(1));
        assertEquals(ItemState.APPROVED, item.getState());
        assertTrue(rows.isEmpty());
    }

    private Item scheduledRow(long rowId) {
        Item item = Items.in(ItemState.SCHEDULED);
        itemsById.put(item.getId(), item);
        ScheduledPublication row = new ScheduledPublication(Items.UNIT, item.getId(), item.getScheduledAt());
        Items.setField(PlatformEntity.class, row, "id", rowId);
        rows.put(rowId, row);
        return item;
    }

    private ItemTransitions transitionsAt(Instant now) {
        ItemTransitions transitions = new ItemTransitions();
        transitions.clock = Clock.fixed(now, ZoneOffset.UTC);
        transitions.queue = new PublicationQueue() {
            @Override
            public Optional<ScheduledPublication> claim(long rowId) {
                return Optional.ofNullable(rows.get(rowId));
            }

            @Override
            public void release(ScheduledPublication claimed) {
                rows.values().remove(claimed);
            }

            @Override
            public void remove(long itemId) {
                rows.values().removeIf(r -> r.getItemId() == itemId);
            }
        };
        transitions.units = new UnitRepository() {
            @Override
            public Optional<Unit> find(long id) {
                return Optional.of(unit);
            }
        };
        transitions.items = new ItemRepository() {
            @Override
            public Optional<Item> find(long id) {
                return Optional.ofNullable(itemsById.get(id));
            }
        };
        transitions.categories = new CategoryRepository() {
            @Override
            public Optional<Category> find(long id) {
                return categoryExists ? Optional.of(new Category("tin-tuc", "Tin tức", "News", ContentType.ARTICLE, 1,
                        true)) : Optional.empty();
            }
        };
        transitions.entityManagers = new TenantBoundEntityManager() {
            @Override
            public <T> T runAs(Unit as, Supplier<T> work) {
                return work.get();
            }
        };
        transitions.audit = new AuditLog() {
            @Override
            public void record(AuditEvent event) {
                auditLines.add(event);
            }

            @Override
            public List<AuditEvent> forSubject(String subjectType, long subjectId) {
                return auditLines;
            }
        };
        transitions.revisions = new ItemRevisions() {
            @Override
            public java.util.Set<Long> savers(long itemId) {
                return java.util.Set.of(Items.SECRETARY); // the secretariat edited the author's text
            }

            @Override
            void markLatestPublished(Item item, Instant when) {
                publishedRevisions.add(item.getId());
            }
        };
        transitions.transitioned = new RecordedEvent<>(new ArrayList<>());
        transitions.published = new RecordedEvent<>(publishedEvents);
        transitions.contentChanged = new RecordedEvent<>(contentEvents);
        return transitions;
    }

    private static Unit unit() {
        Unit unit = new Unit(null, UnitLevel.COMMUNE, "Xã Đạo Trù", null, null, "daotru", "gov-red", Items.NOW);
        Items.setField(PlatformEntity.class, unit, "id", Items.UNIT);
        return unit;
    }
}
