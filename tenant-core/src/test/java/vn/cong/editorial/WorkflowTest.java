package vn.cong.editorial;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cong.editorial.ItemState.APPROVED;
import static vn.cong.editorial.ItemState.ARCHIVED;
import static vn.cong.editorial.ItemState.DRAFT;
import static vn.cong.editorial.ItemState.ESCALATED;
import static vn.cong.editorial.ItemState.IN_EDIT;
import static vn.cong.editorial.ItemState.PUBLISHED;
import static vn.cong.editorial.ItemState.PUBLISH_FAILED;
import static vn.cong.editorial.ItemState.REJECTED;
import static vn.cong.editorial.ItemState.SCHEDULED;
import static vn.cong.editorial.ItemState.SUBMITTED;
import static vn.cong.editorial.ItemState.UNPUBLISHED;
import static vn.cong.editorial.WorkflowAction.APPROVE;
import static vn.cong.editorial.WorkflowAction.ARCHIVE;
import static vn.cong.editorial.WorkflowAction.ESCALATE;
import static vn.cong.editorial.WorkflowAction.EXPIRE;
import static vn.cong.editorial.WorkflowAction.FAIL;
import static vn.cong.editorial.WorkflowAction.FORCE_PUBLISH;
import static vn.cong.editorial.WorkflowAction.PUBLISH;
import static vn.cong.editorial.WorkflowAction.REJECT;
import static vn.cong.editorial.WorkflowAction.PROVISION;
import static vn.cong.editorial.WorkflowAction.RELEASE;
import static vn.cong.editorial.WorkflowAction.REPUBLISH;
import static vn.cong.editorial.WorkflowAction.RETURN;
import static vn.cong.editorial.WorkflowAction.REVIEW;
import static vn.cong.editorial.WorkflowAction.SCHEDULE;
import static vn.cong.editorial.WorkflowAction.SUBMIT;
import static vn.cong.editorial.WorkflowAction.TAKE;
import static vn.cong.editorial.WorkflowAction.UNPUBLISH;
import static vn.cong.editorial.WorkflowAction.UNSCHEDULE;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.cong.platform.DomainException;

/** Every (state, action) pair: the legal moves lead where the regulation says, every other pair is refused. */
class WorkflowTest {

    /** The specification, written out independently of {@link Workflow}'s table. */
    private static final Map<ItemState, Map<WorkflowAction, ItemState>> LEGAL = new EnumMap<>(ItemState.class);

    static {
        LEGAL.put(DRAFT, Map.of(SUBMIT, SUBMITTED, PROVISION, PUBLISHED));
        LEGAL.put(SUBMITTED, Map.of(TAKE, IN_EDIT, REJECT, REJECTED, FORCE_PUBLISH, PUBLISHED));
        LEGAL.put(IN_EDIT, Map.of(ESCALATE, ESCALATED, APPROVE, APPROVED, REJECT, REJECTED,
                FORCE_PUBLISH, PUBLISHED));
        LEGAL.put(ESCALATED, Map.of(APPROVE, APPROVED, RETURN, IN_EDIT, REJECT, REJECTED, FORCE_PUBLISH, PUBLISHED));
        LEGAL.put(APPROVED, Map.of(PUBLISH, PUBLISHED, SCHEDULE, SCHEDULED));
        LEGAL.put(SCHEDULED, Map.of(SCHEDULE, SCHEDULED, UNSCHEDULE, APPROVED, RELEASE, PUBLISHED,
                FAIL, PUBLISH_FAILED));
        LEGAL.put(PUBLISH_FAILED, Map.of(PUBLISH, PUBLISHED, SCHEDULE, SCHEDULED, TAKE, IN_EDIT));
        LEGAL.put(PUBLISHED, Map.of(REVIEW, PUBLISHED, UNPUBLISH, UNPUBLISHED, REPUBLISH, PUBLISHED, EXPIRE, ARCHIVED));
        LEGAL.put(REJECTED, Map.of(SUBMIT, SUBMITTED, ARCHIVE, ARCHIVED));
        LEGAL.put(UNPUBLISHED, Map.of(ARCHIVE, ARCHIVED));
        LEGAL.put(ARCHIVED, Map.of());
    }

    @Test
    void everyPairIsEitherTheLegalMoveOrRefused() {
        for (ItemState from : ItemState.values()) {
            for (WorkflowAction action : WorkflowAction.values()) {
                Optional<ItemState> expected = Optional.ofNullable(LEGAL.getOrDefault(from, Map.of()).get(action));
                assertEquals(expected, Workflow.next(from, action), from + " --" + action + "-->");
            }
        }
    }

    @Test
    void anIllegalMoveIsA409NamingTheActionAndTheState() {
        for (ItemState from : ItemState.values()) {
            Item item = Items.in(from);
            for (WorkflowAction action : WorkflowAction.values()) {
                if (!LEGAL.get(from).containsKey(action)) {
                    DomainException refusal = assertThrows(DomainException.class, () -> Workflow.next(item, action),
                            from + " " + action);
                    assertEquals(409, refusal.status());
                    assertEquals("workflow.illegal", refusal.messageKey());
                    assertEquals(action.name(), refusal.arguments()[0]);
                    assertEquals(from.name(), refusal.arguments()[1]);
                }
            }
        }
    }

    @Test
    void aDraftCannotBePublishedWithoutGoingThroughTheBoard() {
        for (WorkflowAction action : EnumSet.of(PUBLISH, APPROVE, SCHEDULE, FORCE_PUBLISH, RELEASE)) {
            assertEquals(Optional.empty(), Workflow.next(DRAFT, action), action.name());
        }
    }

    @Test
    void onlyAForcePublishedItemCanBeReviewed() {
        DomainException refusal = assertThrows(DomainException.class, () -> Workflow.next(Items.in(PUBLISHED), REVIEW));
        assertEquals(409, refusal.status());
        assertEquals("workflow.review.not-pending", refusal.messageKey());
        Item forced = Items.forcePublished();
        assertTrue(forced.getForcePublication().isReviewPending());
        assertEquals(PUBLISHED, Workflow.next(forced, REVIEW));
        assertTrue(Workflow.allows(forced, REVIEW));
        assertFalse(Workflow.allows(Items.in(PUBLISHED), REVIEW));
    }

    @Test
    void onlyAnAmendedItemCanBeRepublishedAndItsWorkingTextThenBecomesPublic() {
        DomainException refusal = assertThrows(DomainException.class,
                () -> Workflow.next(Items.in(PUBLISHED), REPUBLISH));
        assertEquals(409, refusal.status());
        assertEquals("workflow.republish.nothing-pending", refusal.messageKey());
        assertFalse(Workflow.allows(Items.in(PUBLISHED), REPUBLISH));
        Item amended = Items.amended();
        assertTrue(Workflow.allows(amended, REPUBLISH));
        assertEquals(PUBLISHED, Workflow.next(amended, REPUBLISH));
        ItemText working = new ItemText(5L, null, "Tiêu đề đã sửa", null, "<p>Nội dung mới</p>",
                new Attribution(false, null, null, null));
        amended.adopt(working, Items.LATER);
        assertFalse(amended.getAmendment().isPending());
        assertEquals("Tiêu đề đã sửa", amended.getTitle());
    }

    @Test
    void aRejectionNeedsAReason() {
        assertRefused422(Transition.of(REJECT), "workflow.reason.required");
        assertRefused422(Transition.of(REJECT).withReason("  ", "ghi chú"), "workflow.reason.required");
        assertDoesNotThrow(() -> Workflow.requireParameters(Transition.of(REJECT).withReason("UNTRUE", null), Items.NOW));
    }

    @Test
    void anEscalationNeedsATargetAFieldOrTheSensitiveMark() {
        assertRefused422(Transition.of(ESCALATE), "workflow.escalate.target-required");
        for (Transition enough : new Transition[] {
            Transition.of(ESCALATE).escalatingTo("thanhvien.daotru", null, false),
            Transition.of(ESCALATE).escalatingTo(null, "kinh-te", false),
            Transition.of(ESCALATE).escalatingTo(null, null, true)}) {
            assertDoesNotThrow(() -> Workflow.requireParameters(enough, Items.NOW));
        }
    }

    @Test
    void aScheduleNeedsATimeInTheFutureOfTheClock() {
        assertRefused422(Transition.of(SCHEDULE), "workflow.schedule.time-required");
        assertRefused422(Transition.of(SCHEDULE).at(Items.NOW), "workflow.schedule.not-future");
        assertRefused422(Transition.of(SCHEDULE).at(Items.NOW.minusSeconds(1)), "workflow.schedule.not-future");
        assertDoesNotThrow(() -> Workflow.requireParameters(Transition.of(SCHEDULE).at(Items.NOW.plusSeconds(1)),
                Items.NOW));
    }

    @Test
    void unpublishingNeedsAReasonForcePublishingAndReturningNeedANote() {
        assertRefused422(Transition.of(UNPUBLISH), "workflow.unpublish.reason-required");
        assertRefused422(Transition.of(FORCE_PUBLISH), "workflow.force.note-required");
        assertRefused422(Transition.of(RETURN).withNote(" "), "workflow.return.note-required");
        assertDoesNotThrow(() -> Workflow.requireParameters(Transition.of(FORCE_PUBLISH).withNote("Bão số 3"),
                Items.NOW));
    }

    @Test
    void movesRecordWhoDidWhat() {
        Item rejected = Items.in(REJECTED);
        assertEquals("UNKNOWN_SOURCE", rejected.getRejection().getReason());
        assertEquals("Bổ sung nguồn", rejected.getRejection().getNote());
        rejected.moveTo(SUBMITTED, Transition.of(SUBMIT), Items.AUTHOR, Items.LATER);
        assertEquals(null, rejected.getRejection().getReason(), "a resubmission clears the old rejection");

        Item scheduled = Items.in(SCHEDULED);
        assertEquals(Items.LATER, scheduled.getScheduledAt());
        Item failed = Items.in(PUBLISH_FAILED);
        assertEquals("publication.category-missing", failed.getPublishFailure());
        failed.moveTo(PUBLISHED, Transition.of(PUBLISH), Items.SECRETARY, Items.LATER);
        assertEquals(null, failed.getPublishFailure());
        assertEquals(Items.LATER, failed.getPublishedAt());

        Item forced = Items.forcePublished();
        assertEquals(Items.HEAD, forced.getForcePublication().getBy());
        assertEquals("Khẩn", forced.getForcePublication().getReason());
        forced.moveTo(PUBLISHED, Transition.of(REVIEW), Items.MEMBER, Items.LATER);
        assertFalse(forced.getForcePublication().isReviewPending());
        assertEquals(Items.MEMBER, forced.getForcePublication().getReviewedBy());

        Item unpublished = Items.in(UNPUBLISHED);
        assertEquals("WITHDRAWN", unpublished.getUnpublishing().getReason());
        assertEquals(Items.NOW, unpublished.getUnpublishing().getAt());
        assertTrue(unpublished.getState().isAfterPublication());
    }

    @Test
    void onlyPublishedItemsArePublic() {
        EnumSet<ItemState> publicStates = EnumSet.noneOf(ItemState.class);
        for (ItemState state : ItemState.values()) {
            if (state.isPublic()) {
                publicStates.add(state);
            }
        }
        assertEquals(EnumSet.of(PUBLISHED), publicStates);
    }

    private static void assertRefused422(Transition transition, String key) {
        DomainException refusal = assertThrows(DomainException.class,
                () -> Workflow.requireParameters(transition, Items.NOW), transition.toString());
        assertEquals(422, refusal.status());
        assertEquals(key, refusal.messageKey());
    }
}
