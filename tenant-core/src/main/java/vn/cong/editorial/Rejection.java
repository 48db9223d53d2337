package vn.cong.editorial;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import vn.cong.platform.VietnameseText;

/** Why the board sent an item back (MIC Art. 14.4): a reason of the unit's catalog and what to fix. */
@Embeddable
public class Rejection {

    static final Rejection NONE = new Rejection(null, null);

    @Column(name = "rejection_reason")
    private String reason;

    @Column(name = "rejection_note")
    private String note;

    protected Rejection() {
    }

    private Rejection(String reason, String note) {
        this.reason = reason;
        this.note = note;
    }

    static Rejection of(String reasonCode, String note) {
        return new Rejection(reasonCode, VietnameseText.nfc(note));
    }

    /** The reason's code ({@link ReasonCatalog}); null when the item was never rejected or was resubmitted. */
    public String getReason() {
        return reason;
    }

    public String getNote() {
        return note;
    }
}
