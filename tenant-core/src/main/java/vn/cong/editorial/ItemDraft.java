package vn.cong.editorial;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * What an author types: the same shape from the back-office form and from the API. Quoted or re-used content
 * ({@code quoted}) must name its source, author and the source's written permission ({@link Attribution}).
 * {@code changeNote} says what a save changed; a {@code major} change of a published item carries a note, which
 * citizens read under the article once the change is published (as GOV.UK's "Updated on …").
 */
public record ItemDraft(
        @NotNull(message = "{item.category.required}") Long categoryId,
        @NotBlank(message = "{item.title.required}") @Size(max = 500, message = "{item.title.size}") String title,
        @Size(max = 2000, message = "{item.summary.size}") String summary,
        @NotBlank(message = "{item.body.required}") String body,
        @Size(max = 500, message = "{item.source.size}") String source,
        @Size(max = 255, message = "{item.author.size}") String authorName,
        String language,
        Boolean quoted,
        @Size(max = 255, message = "{item.permission.size}") String permissionRef,
        @Size(max = 64, message = "{item.field.size}") String fieldCode,
        @Size(max = 2000, message = "{revision.note.size}") String changeNote,
        Boolean major,
        Map<String, String> fields) {

    /**
     * The JSON shape of the API: every component, the missing ones null (JSON-B 3 creator parameters are optional).
     * {@code fields}: the structured fields to set in the same save, all of them (null: leave them as they are).
     */
    @JsonbCreator
    public ItemDraft {
        fields = fields == null ? null : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }

    /** A save of the text and its change note, the structured fields left as they are. */
    public ItemDraft(Long categoryId, String title, String summary, String body, String source, String authorName,
                     String language, Boolean quoted, String permissionRef, String fieldCode, String changeNote,
                     Boolean major) {
        this(categoryId, title, summary, body, source, authorName, language, quoted, permissionRef, fieldCode,
                changeNote, major, null);
    }

    /** A save without a change note (a minor change). */
    public ItemDraft(Long categoryId, String title, String summary, String body, String source, String authorName,
                     String language, Boolean quoted, String permissionRef, String fieldCode) {
        this(categoryId, title, summary, body, source, authorName, language, quoted, permissionRef, fieldCode, null,
                null);
    }

    /** An item of the unit's own making (not quoted), with no subject field yet. */
    public ItemDraft(Long categoryId, String title, String summary, String body, String source, String authorName,
                     String language) {
        this(categoryId, title, summary, body, source, authorName, language, false, null, null);
    }

    /** The change note and its weight, checked: a major change must say what changed (422). */
    public RevisionNote revisionNote() {
        return RevisionNote.of(changeNote, Boolean.TRUE.equals(major));
    }

    public Attribution attribution() {
        return new Attribution(Boolean.TRUE.equals(quoted), source, authorName, permissionRef);
    }
}
