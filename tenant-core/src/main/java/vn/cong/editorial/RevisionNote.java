package vn.cong.editorial;

import vn.cong.platform.DomainException;
import vn.cong.platform.VietnameseText;

/**
 * What a save says about itself: a change note and whether the change is major. As on GOV.UK, a major change of a
 * published item must say what changed, and citizens read that note under the article once it is published
 * ("Cập nhật ngày …: …"); a minor change (a typo) is recorded but not announced.
 */
public record RevisionNote(String text, boolean major) {

    public static final RevisionNote NONE = new RevisionNote(null, false);

    public RevisionNote {
        String nfc = VietnameseText.nfc(text);
        text = nfc == null || nfc.isBlank() ? null : nfc.strip();
    }

    /** 422 {@code revision.note.required} for a major change without a note. */
    public static RevisionNote of(String text, boolean major) {
        RevisionNote note = new RevisionNote(text, major);
        if (note.major && note.text == null) {
            throw new DomainException(422, "revision.note.required");
        }
        return note;
    }
}
