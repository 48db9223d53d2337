package vn.cong.editorial;

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

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import vn.cong.platform.DomainException;

/**
 * The editorial workflow as one state machine (MIC Art. 13–14, BNV Art. 7): which action moves an item from
 * which state to which, and the guards that need nothing but the item and the request. Who may fire an action is
 * {@link WorkflowPolicy}'s business; resolving what a request names (a reason row, an account, another item) is
 * {@link ItemTransitions}'.
 *
 * <pre>
 *   DRAFT ─submit─▶ SUBMITTED ─take─▶ IN_EDIT ─approve─▶ APPROVED ─publish─▶ PUBLISHED ─unpublish(reason)─▶ UNPUBLISHED
 *                                       │  ▲                ▲   │                ▲                              │
 *                              escalate │  │ return         │   └─schedule(t)─▶ SCHEDULED ─(scheduler at t)─┘  archive
 *                                       ▼  │                │                    │ (scheduler: cannot)          ▼
 *                                     ESCALATED ─approve────┘                    ▼                          ARCHIVED
 *                                                                          PUBLISH_FAILED ─publish / schedule / take
 *   reject(reason, note): SUBMITTED, IN_EDIT, ESCALATED ─▶ REJECTED ─submit─▶ SUBMITTED
 *   force-publish(note), the head, urgent: SUBMITTED, IN_EDIT, ESCALATED ─▶ PUBLISHED "not yet reviewed" ─review (another board member)─▶ PUBLISHED
 *   amendment: the secretariat edits a PUBLISHED item into a working revision (citizens keep the published one)
 *              ─republish─▶ PUBLISHED with that revision public
 * </pre>
 *
 * Checks come in this order in {@link ItemTransitions}: the move ({@link #next}, 409) → the actor
 * ({@link WorkflowPolicy}, 403) → the request ({@link #requireParameters}, 422) → what the request names (422).
 */
public final class Workflow {

    private static final Map<ItemState, Map<WorkflowAction, ItemState>> TRANSITIONS = new EnumMap<>(ItemState.class);

    static {
        //     from            action          to
        allow(DRAFT,           SUBMIT,         SUBMITTED);
        allow(REJECTED,        SUBMIT,         SUBMITTED);
        allow(SUBMITTED,       TAKE,           IN_EDIT);
        allow(SUBMITTED,       REJECT,         REJECTED);
        allow(SUBMITTED,       FORCE_PUBLISH,  PUBLISHED);
        allow(IN_EDIT,         ESCALATE,       ESCALATED);
        allow(IN_EDIT,         APPROVE,        APPROVED);
        allow(IN_EDIT,         REJECT,         REJECTED);
        allow(IN_EDIT,         FORCE_PUBLISH,  PUBLISHED);
        allow(ESCALATED,       APPROVE,        APPROVED);
        allow(ESCALATED,       RETURN,         IN_EDIT);
        allow(ESCALATED,       REJECT,         REJECTED);
        allow(ESCALATED,       FORCE_PUBLISH,  PUBLISHED);
        allow(APPROVED,        PUBLISH,        PUBLISHED);
        allow(APPROVED,        SCHEDULE,       SCHEDULED);
        allow(SCHEDULED,       SCHEDULE,       SCHEDULED);
        allow(SCHEDULED,       UNSCHEDULE,     APPROVED);
        allow(SCHEDULED,       RELEASE,        PUBLISHED);
        allow(DRAFT,           PROVISION,      PUBLISHED);
        allow(SCHEDULED,       FAIL,           PUBLISH_FAILED);
        allow(PUBLISH_FAILED,  PUBLISH,        PUBLISHED);
        allow(PUBLISH_FAILED,  SCHEDULE,       SCHEDULED);
        allow(PUBLISH_FAILED,  TAKE,           IN_EDIT);
        allow(PUBLISHED,       REVIEW,         PUBLISHED);
        allow(PUBLISHED,       UNPUBLISH,      UNPUBLISHED);
        allow(PUBLISHED,       REPUBLISH,      PUBLISHED);
        allow(PUBLISHED,       EXPIRE,         ARCHIVED);
        allow(UNPUBLISHED,     ARCHIVE,        ARCHIVED);
        allow(REJECTED,        ARCHIVE,        ARCHIVED);
    }

    private Workflow() {
    }

    private static void allow(ItemState from, WorkflowAction action, ItemState to) {
        TRANSITIONS.computeIfAbsent(from, s -> new EnumMap<>(WorkflowAction.class)).put(action, to);
    }

    /** The state {@code action} leads to from {@code from}, or empty when the table has no such move. */
    public static Optional<ItemState> next(ItemState from, WorkflowAction action) {
        return Optional.ofNullable(TRANSITIONS.getOrDefault(from, Map.of()).get(action));
    }

    public static boolean permits(ItemState from, WorkflowAction action) {
        return next(from, action).isPresent();
    }

    /**
     * The move is in the table and the item's own guards hold (a review needs a force-published item, a
     * republication a working revision).
     */
    public static boolean allows(Item item, WorkflowAction action) {
        return permits(item.getState(), action) && (action != REVIEW || item.getForcePublication().isReviewPending())
                && (action != REPUBLISH || item.getAmendment().isPending());
    }

    /** Where {@code action} takes {@code item}; 409 with the reason when the move is illegal. */
    public static ItemState next(Item item, WorkflowAction action) {
        ItemState from = item.getState();
        ItemState to = next(from, action)
                .orElseThrow(() -> new DomainException(409, "workflow.illegal", action.name(), from.name()));
        if (action == REVIEW && !item.getForcePublication().isReviewPending()) {
            throw new DomainException(409, "workflow.review.not-pending");
        }
        if (action == REPUBLISH && !item.getAmendment().isPending()) {
            throw new DomainException(409, "workflow.republish.nothing-pending");
        }
        return to;
    }

    /** What each action needs in the request itself; 422 when it is missing or invalid. */
    public static void requireParameters(Transition transition, Instant now) {
        switch (transition.action()) {
            case REJECT -> require(!Transition.blank(transition.reason()), "workflow.reason.required");
            case ESCALATE -> require(!Transition.blank(transition.target()) || !Transition.blank(transition.field())
                    || transition.sensitive(), "workflow.escalate.target-required");
            case RETURN -> require(!Transition.blank(transition.note()), "workflow.return.note-required");
            case SCHEDULE -> {
                require(transition.scheduledAt() != null, "workflow.schedule.time-required");
                require(transition.scheduledAt().isAfter(now), "workflow.schedule.not-future");
            }
            case FORCE_PUBLISH -> require(!Transition.blank(transition.note()), "workflow.force.note-required");
            case UNPUBLISH -> require(!Transition.blank(transition.reason()), "workflow.unpublish.reason-required");
            default -> {
                // the other actions need nothing but the item
            }
        }
    }

    private static void require(boolean condition, String messageKey) {
        if (!condition) {
            throw new DomainException(422, messageKey);
        }
    }
}
