package vn.cong.revision;

import java.util.List;

/** Two revisions of an item compared, field by field, in the order of {@code ItemText.FIELDS}. */
public record RevisionDiff(long itemId, int from, int to, List<FieldChange> fields) {

    public RevisionDiff {
        fields = List.copyOf(fields);
    }

    /** Only the fields that differ. */
    public List<FieldChange> getChanged() {
        return fields.stream().filter(FieldChange::changed).toList();
    }

    public int getFrom() {
        return from;
    }

    public int getTo() {
        return to;
    }
}
