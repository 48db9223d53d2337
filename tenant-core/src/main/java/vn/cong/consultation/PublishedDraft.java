package vn.cong.consultation;

import java.util.List;

/** A consultation's draft as citizens read it now: the published revision's number, title, slug and paragraphs. */
public record PublishedDraft(long itemId, int revision, String title, String slug,
                             List<DraftParagraphs.Paragraph> paragraphs) {

    public java.util.Optional<DraftParagraphs.Paragraph> paragraph(int number) {
        return number >= 1 && number <= paragraphs.size() ? java.util.Optional.of(paragraphs.get(number - 1))
                : java.util.Optional.empty();
    }
}
