package vn.cong.editorial;

/** Where an item stands in the editorial workflow (see {@link Workflow}). */
public enum ItemState {
    DRAFT, SUBMITTED, IN_EDIT, ESCALATED, APPROVED, SCHEDULED, PUBLISHED, REJECTED, UNPUBLISHED, ARCHIVED;

    public boolean isPublic() {
        return this == PUBLISHED;
    }

    /** The author may still change the text. */
    public boolean isEditableByAuthor() {
        return this == DRAFT || this == REJECTED;
    }
}
