package vn.cong.editorial;

/**
 * The named events of the editorial workflow; the API takes them by these names. {@link #RELEASE} and
 * {@link #FAIL} belong to the publication scheduler: no person fires them.
 */
public enum WorkflowAction {
    /** The author sends a draft (or a rejected item, revised) to the secretariat. */
    SUBMIT,
    /** The secretariat takes a submitted item to screen, classify and edit it. */
    TAKE,
    /** The secretariat sends an item to the board member of its field, or to the head when sensitive or unclear. */
    ESCALATE,
    /** Who an item was escalated to sends it back to the secretariat, with a note. */
    RETURN,
    APPROVE,
    /** Refused with a reason from the unit's list and a note to the author (MIC Art. 14.4). */
    REJECT,
    /** Publish at a future time; the scheduler releases it. */
    SCHEDULE,
    UNSCHEDULE,
    PUBLISH,
    /** The head publishes an urgent item at once; it stays "not yet reviewed" until another board member reviews it. */
    FORCE_PUBLISH,
    /** Retrospective review of a force-published item by another board member. */
    REVIEW,
    /** Taken off the portal with a reason: 410, 301 to another item, or a withdrawal notice. */
    UNPUBLISH,
    ARCHIVE,
    /**
     * The secretariat publishes the working revision of a published item (an amendment): citizens read the previous
     * published revision until then; a major change shows its change note under the article.
     */
    REPUBLISH,
    /** The scheduler publishes a scheduled item at its time. */
    RELEASE,
    /** The scheduler could not publish a scheduled item. */
    FAIL,
    /** A retention run takes a published item whose retention period is over off the site (410), archived. */
    EXPIRE,
    /** Provisioning publishes the default pages of a unit it opens (introduction, contacts). */
    PROVISION;

    /** Fired by the platform itself, never by a person (the policy refuses it to everyone). */
    public boolean isSystem() {
        return this == RELEASE || this == FAIL || this == EXPIRE || this == PROVISION;
    }
}
