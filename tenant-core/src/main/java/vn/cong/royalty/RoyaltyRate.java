package vn.cong.royalty;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import vn.cong.catalog.ContentType;
import vn.cong.platform.TenantOwned;

/**
 * Hệ số nhuận bút: one version of the coefficient the board sets for a kind of work on a content type, in force from
 * a date (Vietnamese calendar day) until the next version. Lines keep the coefficient they were computed with, so a
 * new version changes only what is published from its date on.
 */
@Entity
@Table(name = "royalty_rate")
public class RoyaltyRate extends TenantOwned {

    @Enumerated(EnumType.STRING)
    @Column(name = "content_type", nullable = false)
    private ContentType contentType;

    @Enumerated(EnumType.STRING)
    @Column(name = "contribution_kind", nullable = false)
    private ContributionKind kind;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(nullable = false, precision = 8, scale = 2)
    private BigDecimal coefficient;

    @Column(name = "set_by")
    private Long setBy;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    protected RoyaltyRate() {
    }

    public RoyaltyRate(ContentType contentType, ContributionKind kind, LocalDate effectiveFrom, BigDecimal coefficient,
                       Long setBy, Instant setAt) {
        this.contentType = contentType;
        this.kind = kind;
        this.effectiveFrom = effectiveFrom;
        this.coefficient = coefficient;
        this.setBy = setBy;
        this.setAt = setAt;
    }

    /** Corrects a version that has not yet taken effect (or takes effect today); lines already written keep theirs. */
    void correct(BigDecimal newCoefficient, Long by, Instant at) {
        this.coefficient = newCoefficient;
        this.setBy = by;
        this.setAt = at;
    }

    public ContentType getContentType() {
        return contentType;
    }

    public ContributionKind getKind() {
        return kind;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public BigDecimal getCoefficient() {
        return coefficient;
    }

    public Long getSetBy() {
        return setBy;
    }

    public Instant getSetAt() {
        return setAt;
    }
}
