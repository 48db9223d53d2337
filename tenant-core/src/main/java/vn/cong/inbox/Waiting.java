package vn.cong.inbox;

import java.util.ArrayList;
import java.util.List;
import vn.cong.editorial.Item;

/**
 * Why an item sits in someone's inbox (hộp việc): what it waits for, and so whose move it is and which due rule of
 * {@link DueRules} applies. An item may wait for two things at once (a force-published item that is amended before
 * it is reviewed).
 */
public enum Waiting {
    /** Submitted: the secretariat receives, screens and takes it (MIC Art. 14.1 counts from here). */
    RECEIVED(true),
    /** Taken: the secretariat edits it, within the same 4 working hours of receipt. */
    IN_EDIT(true),
    /** Escalated: the member or head it went to decides. */
    ESCALATED(true),
    /** Approved: the secretariat publishes it ("publish right after approval"). */
    APPROVED(true),
    /** Scheduled: the scheduler publishes it at its time; nobody is reminded. */
    SCHEDULED(false),
    /** A scheduled publication that failed: the secretariat publishes, reschedules or takes it back. */
    PUBLISH_FAILED(true),
    /** Rejected: the author revises and resubmits, or archives; shown with a due time, never reminded. */
    REJECTED(false),
    /** Force-published, not yet reviewed by another board member. */
    REVIEW(true),
    /** A published item's working revision: the secretariat republishes it. */
    AMENDMENT(true);

    private final boolean reminded;

    Waiting(boolean reminded) {
        this.reminded = reminded;
    }

    /** The deadline watch warns before and at its due time. */
    public boolean isReminded() {
        return reminded;
    }

    /** What the item waits for now, in the order of the inbox's sections. */
    public static List<Waiting> of(Item item) {
        List<Waiting> waiting = new ArrayList<>();
        switch (item.getState()) {
            case SUBMITTED -> waiting.add(RECEIVED);
            case IN_EDIT -> waiting.add(IN_EDIT);
            case ESCALATED -> waiting.add(ESCALATED);
            case APPROVED -> waiting.add(APPROVED);
            case SCHEDULED -> waiting.add(SCHEDULED);
            case PUBLISH_FAILED -> waiting.add(PUBLISH_FAILED);
            case REJECTED -> waiting.add(REJECTED);
            case PUBLISHED -> {
                if (item.getForcePublication().isReviewPending()) {
                    waiting.add(REVIEW);
                }
                if (item.getAmendment().isPending()) {
                    waiting.add(AMENDMENT);
                }
            }
            default -> {
                // drafts wait for nobody but their author; unpublished and archived items for nobody
            }
        }
        return waiting;
    }
}
