package vn.cong.compliance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.cong.catalog.Recurrence;
import vn.cong.catalog.Trigger;
import vn.cong.platform.TenantOwned;
import vn.cong.platform.VietnameseText;

/**
 * One obligation of a unit to publish something by a date (REQUIREMENTS §4): which rule of which category (or of
 * the whole portal) it comes from, what triggered it and when, when it is due ({@link Due}, possibly unknown), what
 * it is about (an item, an external reference, a period), and whether and when it was met. Its status is computed
 * by {@link StatusRule}; the stored status is the last one the engine saw, so that each alert fires once.
 */
@Entity
@Table(name = "obligation")
public class Obligation extends TenantOwned {

    @Column(name = "category_id")
    private Long categoryId;

    @Column(name = "rule_index", nullable = false)
    private int ruleIndex;

    @Column(name = "legal_basis", nullable = false)
    private String legalBasis;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ObligationSource source;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind")
    private Trigger triggerKind;

    @Column(name = "trigger_at", nullable = false)
    private Instant triggerAt;

    @Column(name = "trigger_on", nullable = false)
    private LocalDate triggerOn;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "counted_on", nullable = false)
    private LocalDate countedOn;

    @Column(name = "period_start")
    private LocalDate periodStart;

    @Column(name = "period_end")
    private LocalDate periodEnd;

    @Column(name = "item_id")
    private Long itemId;

    @Column(name = "external_ref")
    private String externalRef;

    @Column(nullable = false)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ObligationStatus status;

    @Column(name = "met_at")
    private Instant metAt;

    @Column(name = "met_by_item")
    private Long metByItem;

    @Enumerated(EnumType.STRING)
    private ObligationStatus alerted;

    @Column(name = "alerted_at")
    private Instant alertedAt;

    @Column(name = "dedupe_key", nullable = false)
    private String dedupeKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Obligation() {
    }

    /** From an event: an item's fact or a registration. */
    public static Obligation ofEvent(ObligationSource source, Long categoryId, int ruleIndex, String legalBasis,
                              Trigger trigger, Instant triggerAt, LocalDate triggerOn, Due due, String subject,
                              String dedupeKey, Instant now) {
        Obligation o = new Obligation();
        o.source = source;
        o.categoryId = categoryId;
        o.ruleIndex = ruleIndex;
        o.legalBasis = legalBasis;
        o.triggerKind = trigger;
        o.subject = shorten(VietnameseText.nfc(subject), 500);
        o.dedupeKey = dedupeKey;
        o.createdAt = now;
        o.retrigger(triggerAt, triggerOn, due, now);
        return o;
    }

    /** One period of a recurrence. */
    static Obligation ofPeriod(Long categoryId, int ruleIndex, String legalBasis, Recurrence.Period period, Due due,
                               Instant periodStartsAt, String subject, String dedupeKey, Instant now) {
        Obligation o = ofEvent(ObligationSource.RECURRENCE, categoryId, ruleIndex, legalBasis, null, periodStartsAt,
                period.start(), due, subject, dedupeKey, now);
        o.periodStart = period.start();
        o.periodEnd = period.end();
        return o;
    }

    /** The trigger moved (a corrected signing date): a new due date, the status seen afresh. */
    void retrigger(Instant at, LocalDate on, Due due, Instant now) {
        this.triggerAt = at;
        this.triggerOn = on;
        this.dueAt = due.at();
        this.dueOn = due.on();
        this.countedOn = due.on() != null ? due.on() : on;
        this.updatedAt = now;
        if (metAt == null) {
            this.status = ObligationStatus.ON_TIME;
            this.alerted = null;
            this.alertedAt = null;
        }
    }

    public void concern(Long item, String ref) {
        this.itemId = item;
        this.externalRef = ref == null ? null : shorten(VietnameseText.nfc(ref), 255);
    }

    void retitle(String text) {
        this.subject = shorten(VietnameseText.nfc(text), 500);
    }

    /** Met at {@code at} by {@code item} (null for a registration closed by hand); the status follows from the due moment. */
    public void meet(Instant at, Long item, StatusRule rule, Instant now) {
        this.metAt = at;
        this.metByItem = item;
        this.status = rule.statusOf(due(), at, now);
        this.updatedAt = now;
    }

    /** The status now; true when it changed. */
    boolean refresh(StatusRule rule, Instant now) {
        ObligationStatus current = rule.statusOf(due(), metAt, now);
        if (current == status) {
            return false;
        }
        status = current;
        updatedAt = now;
        return true;
    }

    /** Records that an alert for the current status was fired; false when one already was. */
    boolean markAlerted(Instant now) {
        if (status == alerted) {
            return false;
        }
        alerted = status;
        alertedAt = now;
        return true;
    }

    public Due due() {
        return new Due(dueAt, dueOn);
    }

    private static String shorten(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public int getRuleIndex() {
        return ruleIndex;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public ObligationSource getSource() {
        return source;
    }

    public Trigger getTriggerKind() {
        return triggerKind;
    }

    public Instant getTriggerAt() {
        return triggerAt;
    }

    public LocalDate getTriggerOn() {
        return triggerOn;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getCountedOn() {
        return countedOn;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public Long getItemId() {
        return itemId;
    }

    public String getExternalRef() {
        return externalRef;
    }

    public String getSubject() {
        return subject;
    }

    /** The status the engine last saw; {@link StatusRule#statusOf} gives it at any moment. */
    public ObligationStatus getStatus() {
        return status;
    }

    public Instant getMetAt() {
        return metAt;
    }

    public Long getMetByItem() {
        return metByItem;
    }

    public ObligationStatus getAlerted() {
        return alerted;
    }

    public Instant getAlertedAt() {
        return alertedAt;
    }

    public String getDedupeKey() {
        return dedupeKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
