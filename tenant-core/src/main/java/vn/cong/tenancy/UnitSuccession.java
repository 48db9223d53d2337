package vn.cong.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.cong.platform.PlatformEntity;

/**
 * "{@code predecessor} now lives on in {@code successor}": wholly (a merge, a retirement into the parent) or in part
 * (a split shares a unit's area out). The history shown on a successor's portal and the target of old addresses.
 */
@Entity
@Table(name = "unit_succession")
public class UnitSuccession extends PlatformEntity {

    public enum Share { FULL, PARTIAL }

    @Column(name = "reorganisation_id", nullable = false)
    private Long reorganisationId;

    @Column(name = "predecessor_id", nullable = false)
    private Long predecessorId;

    @Column(name = "successor_id", nullable = false)
    private Long successorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "share_kind", nullable = false)
    private Share share;

    protected UnitSuccession() {
    }

    public UnitSuccession(long reorganisationId, long predecessorId, long successorId, Share share) {
        this.reorganisationId = reorganisationId;
        this.predecessorId = predecessorId;
        this.successorId = successorId;
        this.share = share;
    }

    public Long getReorganisationId() {
        return reorganisationId;
    }

    public Long getPredecessorId() {
        return predecessorId;
    }

    public Long getSuccessorId() {
        return successorId;
    }

    public Share getShare() {
        return share;
    }
}
