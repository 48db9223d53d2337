package vn.cong.admin.consultation;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import vn.cong.consultation.ConsultationStatus;
import vn.cong.consultation.Moderation;
import vn.cong.editorial.ItemState;

/** What the page shows of the consultation (serialisable, read again after each move). */
public record ConsultationFacts(long id, long itemId, String title, String slug, ItemState itemState,
                                LocalDate opensOn, LocalDate closesOn, int days, ConsultationStatus status,
                                String receivingUnit, String receivingAddress, String receivingEmail,
                                Moderation moderation, int reportThreshold, String outcomeNote,
                                Instant outcomePublishedAt) implements Serializable {

    public boolean published() {
        return outcomePublishedAt != null;
    }
}
