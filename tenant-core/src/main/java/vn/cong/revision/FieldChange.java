package vn.cong.revision;

import java.util.List;

/**
 * One field of two revisions compared: its name ({@code title}, {@code body}… as in {@code ItemText.FIELDS}), its
 * values before and after (names rather than ids for the category and the subject field), and the word diff.
 */
public record FieldChange(String field, String before, String after, List<Segment> segments) {

    public FieldChange {
        segments = List.copyOf(segments);
    }

    public boolean changed() {
        return WordDiff.changes(segments);
    }

    public String getField() {
        return field;
    }

    public List<Segment> getSegments() {
        return segments;
    }

    public boolean isChanged() {
        return changed();
    }

    /** The diff as HTML for the back office ({@link DiffHtml}). */
    public String getHtml() {
        return DiffHtml.render(segments);
    }
}
