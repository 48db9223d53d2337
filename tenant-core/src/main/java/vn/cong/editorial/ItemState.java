package vn.cong.editorial;

/** Where an item stands in the editorial workflow (see {@link Workflow} for the moves between them). */
public enum ItemState {
    DRAFT, SUBMITTED, IN_EDIT, ESCALATED, APPROVED, SCHEDULED, PUBLISHED,
    /** A scheduled publication that could not happen: shown to the secretariat as an alert, never silent. */
    PUBLISH_FAILED,
    REJECTED, UNPUBLISHED, ARCHIVED;

    public boolean isPublic() {
        return this == PUBLISHED;
    }

    /** The author may still change the text. */
    public boolean isEditableByAuthor() {
        return this == DRAFT || this == REJECTED;
    }

    /** Was public once; what citizens get now depends on the unpublishing reason (410, 301, withdrawal notice). */
    public boolean isAfterPublication() {
        return this == UNPUBLISHED || this == ARCHIVED;
    }
}
