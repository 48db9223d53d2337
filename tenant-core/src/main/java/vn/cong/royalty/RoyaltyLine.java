package vn.cong.royalty;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import vn.cong.catalog.ContentType;
import vn.cong.platform.TenantOwned;
import vn.cong.platform.VietnameseText;

/**
 * One line of the royalty ledger, immutable once written: a person's share of one kind of work on a published item,
 * with the coefficient, base value and amount in force at publication, counted in one month's sheet
 * ({@link #getPeriod()}); or an adjustment (điều chỉnh) the secretariat writes into an open month to correct a locked
 * one. A publication line carries a {@code publication_key} (item, person, kind) that the database keeps unique: an
 * item is never paid twice for the same work, whatever the workflow does to it later.
 */
@Entity
@Table(name = "royalty_line")
public class RoyaltyLine extends TenantOwned {

    public enum Origin { PUBLICATION, ADJUSTMENT }

    @Column(name = "period_month", nullable = false)
    private String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Origin origin;

    @Column(name = "item_id")
    private Long itemId;

    @Column(name = "item_title")
    private String itemTitle;

    @Enumerated(EnumType.STRING)
    @Column(name = "content_type")
    private ContentType contentType;

    @Enumerated(EnumType.STRING)
    @Column(name = "contribution_kind")
    private ContributionKind kind;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "person_key", nullable = false)
    private String personKey;

    @Column(name = "person_name", nullable = false)
    private String personName;

    @Column(precision = 8, scale = 2)
    private BigDecimal coefficient;

    @Column(name = "base_value", precision = 15, scale = 0)
    private BigDecimal baseValue;

    /** How many people shared this kind of work on the item (the amount is their equal share). */
    @Column(name = "share_count", nullable = false)
    private int shareCount;

    @Column(nullable = false, precision = 15, scale = 0)
    private BigDecimal amount;

    /** Publication time of the item, or the time an adjustment was written. */
    @Column(name = "earned_at", nullable = false)
    private Instant earnedAt;

    @Column(name = "publication_key")
    private String publicationKey;

    private String note;

    /** Who wrote an adjustment; null for lines written by publication. */
    @Column(name = "recorded_by")
    private Long recordedBy;

    protected RoyaltyLine() {
    }

    private RoyaltyLine(YearMonth period, Origin origin, Long itemId, String itemTitle, ContentType contentType,
                        ContributionKind kind, Contributor person, String personName, BigDecimal amount,
                        Instant earnedAt) {
        this.period = period.toString();
        this.origin = origin;
        this.itemId = itemId;
        this.itemTitle = itemTitle;
        this.contentType = contentType;
        this.kind = kind;
        this.accountId = person.accountId();
        this.personKey = person.key();
        this.personName = VietnameseText.nfc(personName);
        this.amount = RoyaltyAmount.whole(amount);
        this.earnedAt = earnedAt;
        this.shareCount = 1;
    }

    /** A person's share of one kind of work on a published item, at the coefficient and base value in force. */
    public static RoyaltyLine publication(YearMonth period, long itemId, String itemTitle, ContentType contentType,
                                          ContributionKind kind, Contributor person, String personName,
                                          BigDecimal coefficient, BigDecimal baseValue, int shareCount,
                                          BigDecimal amount, Instant publishedAt) {
        RoyaltyLine line = new RoyaltyLine(period, Origin.PUBLICATION, itemId, itemTitle, contentType, kind, person,
                personName, amount, publishedAt);
        line.coefficient = coefficient;
        line.baseValue = baseValue;
        line.shareCount = shareCount;
        line.publicationKey = itemId + ":" + kind.name() + ":" + person.key();
        return line;
    }

    /** A correction (positive or negative) written by the secretariat into an open month, with its reason. */
    public static RoyaltyLine adjustment(YearMonth period, Contributor person, String personName, ContributionKind kind,
                                         Long itemId, String itemTitle, BigDecimal amount, String note,
                                         long recordedBy, Instant at) {
        RoyaltyLine line = new RoyaltyLine(period, Origin.ADJUSTMENT, itemId, itemTitle, null, kind, person, personName,
                amount, at);
        line.note = VietnameseText.nfc(note);
        line.recordedBy = recordedBy;
        return line;
    }

    public boolean isAdjustment() {
        return origin == Origin.ADJUSTMENT;
    }

    public YearMonth period() {
        return YearMonth.parse(period);
    }

    public String getPeriod() {
        return period;
    }

    public Origin getOrigin() {
        return origin;
    }

    public Long getItemId() {
        return itemId;
    }

    public String getItemTitle() {
        return itemTitle;
    }

    public ContentType getContentType() {
        return contentType;
    }

    public ContributionKind getKind() {
        return kind;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getPersonKey() {
        return personKey;
    }

    public String getPersonName() {
        return personName;
    }

    public BigDecimal getCoefficient() {
        return coefficient;
    }

    public BigDecimal getBaseValue() {
        return baseValue;
    }

    public int getShareCount() {
        return shareCount;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Instant getEarnedAt() {
        return earnedAt;
    }

    public String getPublicationKey() {
        return publicationKey;
    }

    public String getNote() {
        return note;
    }

    public Long getRecordedBy() {
        return recordedBy;
    }
}
