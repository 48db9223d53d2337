package vn.cong.editorial;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import vn.cong.platform.VietnameseText;

/**
 * Why and when an item left the public site, and what citizens get at its address instead
 * ({@link PublicAppearance}): the reason's behaviour, the note shown with a withdrawal, the item that consolidated it.
 */
@Embeddable
public class Unpublishing {

    static final Unpublishing NONE = new Unpublishing();

    @Column(name = "unpublishing_reason")
    private String reason;

    @Column(name = "unpublishing_note")
    private String note;

    @Column(name = "consolidated_into")
    private Long consolidatedInto;

    @Column(name = "unpublished_at")
    private Instant at;

    protected Unpublishing() {
    }

    static Unpublishing of(String reasonCode, String note, Long consolidatedInto, Instant at) {
        Unpublishing unpublishing = new Unpublishing();
        unpublishing.reason = reasonCode;
        unpublishing.note = VietnameseText.nfc(note);
        unpublishing.consolidatedInto = consolidatedInto;
        unpublishing.at = at;
        return unpublishing;
    }

    /** Null for an item that was never unpublished. */
    public String getReason() {
        return reason;
    }

    public String getNote() {
        return note;
    }

    public Long getConsolidatedInto() {
        return consolidatedInto;
    }

    public Instant getAt() {
        return at;
    }

    public boolean happened() {
        return at != null;
    }
}
