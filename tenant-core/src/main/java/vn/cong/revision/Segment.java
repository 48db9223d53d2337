package vn.cong.revision;

/**
 * A run of text in a diff: kept, inserted or deleted. {@code markup} marks an HTML tag of rich text shown as text
 * ({@code <p>}, {@code </strong>}), so that a change of formatting is visible and readable.
 */
public record Segment(Change change, String text, boolean markup) {

    public enum Change { KEPT, INSERTED, DELETED }

    public String getChange() {
        return change.name();
    }

    public String getText() {
        return text;
    }

    public boolean isMarkup() {
        return markup;
    }
}
