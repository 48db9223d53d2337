package vn.cong.editorial;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.cong.platform.VietnameseText;

/**
 * The text of an item as one value — what a save writes and a revision keeps: category, subject field, title,
 * summary, sanitised body and attribution, all NFC. Built from what an author typed ({@link #of}); compared field by
 * field for the audit line of a save and for revision diffs.
 */
public record ItemText(Long categoryId, String fieldCode, String title, String summary, String body,
                       Attribution attribution) {

    /** The names the audit line and the diff use for the fields, in this order. */
    public static final List<String> FIELDS = List.of("category", "title", "summary", "body", "quoted", "source",
            "author", "permission", "field");

    public ItemText {
        Objects.requireNonNull(attribution);
    }

    /** What was typed, normalised: NFC text, an empty field code as none; {@code body} must be sanitised already. */
    public static ItemText of(ItemDraft draft, String sanitisedBody) {
        String field = draft.fieldCode() == null || draft.fieldCode().isBlank() ? null : draft.fieldCode().strip();
        return new ItemText(draft.categoryId(), field, VietnameseText.nfc(draft.title()),
                VietnameseText.nfc(draft.summary()), VietnameseText.nfc(sanitisedBody),
                draft.attribution().requireComplete());
    }

    /** The value of a field by its name in {@link #FIELDS}, as text (null when empty). */
    public String value(String field) {
        return switch (field) {
            case "category" -> categoryId == null ? null : String.valueOf(categoryId);
            case "field" -> fieldCode;
            case "title" -> title;
            case "summary" -> summary;
            case "body" -> body;
            case "quoted" -> String.valueOf(attribution.quoted());
            case "source" -> attribution.source();
            case "author" -> attribution.author();
            case "permission" -> attribution.permissionRef();
            default -> throw new IllegalArgumentException("No field " + field);
        };
    }

    /** The names of the fields that differ from {@code other}, in the order of {@link #FIELDS}. */
    public List<String> changedFieldsTo(ItemText other) {
        List<String> changed = new ArrayList<>();
        for (String field : FIELDS) {
            if (!Objects.equals(blankAsNull(value(field)), blankAsNull(other.value(field)))) {
                changed.add(field);
            }
        }
        return changed;
    }

    private static String blankAsNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
