package vn.cong.royalty;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import vn.cong.platform.TenantOwned;

/**
 * Giá trị một đơn vị hệ số nhuận bút: what one coefficient unit is worth, in whole đồng, from a date on. Decree
 * 18/2014/NĐ-CP ties it to the base salary (mức lương cơ sở), so it changes when the base salary does — a new version
 * dated from that change, never an edit of the old one.
 */
@Entity
@Table(name = "royalty_base_value")
public class RoyaltyBaseValue extends TenantOwned {

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(nullable = false, precision = 15, scale = 0)
    private BigDecimal amount;

    @Column(name = "set_by")
    private Long setBy;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    protected RoyaltyBaseValue() {
    }

    public RoyaltyBaseValue(LocalDate effectiveFrom, BigDecimal amount, Long setBy, Instant setAt) {
        this.effectiveFrom = effectiveFrom;
        this.amount = RoyaltyAmount.whole(amount);
        this.setBy = setBy;
        this.setAt = setAt;
    }

    void correct(BigDecimal newAmount, Long by, Instant at) {
        this.amount = RoyaltyAmount.whole(newAmount);
        this.setBy = by;
        this.setAt = at;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Long getSetBy() {
        return setBy;
    }

    public Instant getSetAt() {
        return setAt;
    }
}
