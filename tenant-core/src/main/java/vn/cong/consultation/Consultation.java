package vn.cong.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.cong.platform.DomainException;
import vn.cong.platform.TenantOwned;

/**
 * A consultation on a draft (lấy ý kiến dự thảo — REQUIREMENTS §3.14, VP Art. 5.14b–d): the draft is an item of a
 * consultation-draft category, written, approved and published through the editorial workflow (its versions are the
 * item's revisions, its attachments the item's); this adds what the law asks of the consultation — the comment period
 * in calendar days, the receiving unit's name, address and e-mail — and how the unit moderates its comments. At the
 * close the board writes the synthesis and publishes it as the outcome.
 */
@Entity
@Table(name = "consultation")
public class Consultation extends TenantOwned {

    /** Reports that hide a comment until a moderator decides, unless the unit says otherwise. */
    public static final int DEFAULT_REPORT_THRESHOLD = 3;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "period_days", nullable = false)
    private int periodDays;

    @Column(name = "receiving_unit", nullable = false)
    private String receivingUnit;

    @Column(name = "receiving_address", nullable = false)
    private String receivingAddress;

    @Column(name = "receiving_email", nullable = false)
    private String receivingEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Moderation moderation;

    @Column(name = "report_threshold", nullable = false)
    private int reportThreshold;

    /** The board's general conclusion, published with each comment's answer as the outcome. */
    @Lob
    @Column(name = "outcome_note")
    private String outcomeNote;

    @Column(name = "outcome_published_at")
    private Instant outcomePublishedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Consultation() {
    }

    public Consultation(long itemId, ConsultationTerms terms, Instant at) {
        this.itemId = itemId;
        this.createdAt = at;
        apply(terms);
    }

    /** New terms (a corrected period, address or moderation), refused once the outcome is published. */
    public void change(ConsultationTerms terms) {
        if (outcomePublishedAt != null) {
            throw new DomainException(409, "consultation.outcome.published");
        }
        apply(terms);
    }

    private void apply(ConsultationTerms terms) {
        this.opensOn = terms.period().opensOn();
        this.periodDays = terms.period().days();
        this.receivingUnit = terms.receivingUnit();
        this.receivingAddress = terms.receivingAddress();
        this.receivingEmail = terms.receivingEmail();
        this.moderation = terms.moderation();
        this.reportThreshold = terms.reportThreshold();
    }

    /** Publishes the synthesis as the outcome, once the period is over (409 before). */
    public void publishOutcome(String note, LocalDate today, Instant at) {
        if (status(today) != ConsultationStatus.CLOSED) {
            throw new DomainException(409, "consultation.not-closed", period().closesOn());
        }
        if (outcomePublishedAt != null) {
            throw new DomainException(409, "consultation.outcome.published");
        }
        this.outcomeNote = note == null || note.isBlank() ? null : note.strip();
        this.outcomePublishedAt = at;
    }

    public CommentPeriod period() {
        return new CommentPeriod(opensOn, periodDays);
    }

    public ConsultationStatus status(LocalDate today) {
        return period().statusOn(today);
    }

    public ConsultationTerms terms() {
        return new ConsultationTerms(period(), receivingUnit, receivingAddress, receivingEmail, moderation,
                reportThreshold);
    }

    public long getItemId() {
        return itemId;
    }

    public Moderation getModeration() {
        return moderation;
    }

    public int getReportThreshold() {
        return reportThreshold;
    }

    public String getOutcomeNote() {
        return outcomeNote;
    }

    public Instant getOutcomePublishedAt() {
        return outcomePublishedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
