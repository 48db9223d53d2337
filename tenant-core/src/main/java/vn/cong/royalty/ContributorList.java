package vn.cong.royalty;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.cong.platform.TenantOwned;

/**
 * Marks that an item's contributions were settled — by the secretariat on the contributors page, or from the workflow's
 * defaults at publication. Without it the item has only defaults; with it, its {@link Contribution} rows (possibly
 * none: an item nobody is paid for) are what publication pays.
 */
@Entity
@Table(name = "royalty_contributor_list")
public class ContributorList extends TenantOwned {

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    /** Null when the list was taken from the workflow's defaults at publication. */
    @Column(name = "settled_by")
    private Long settledBy;

    @Column(name = "settled_at", nullable = false)
    private Instant settledAt;

    protected ContributorList() {
    }

    public ContributorList(long itemId, Long settledBy, Instant settledAt) {
        this.itemId = itemId;
        this.settledBy = settledBy;
        this.settledAt = settledAt;
    }

    void settle(Long by, Instant at) {
        this.settledBy = by;
        this.settledAt = at;
    }

    public Long getItemId() {
        return itemId;
    }

    public Long getSettledBy() {
        return settledBy;
    }

    public Instant getSettledAt() {
        return settledAt;
    }
}
