package vn.cong.editorial;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.cong.platform.PlatformEntity;

/**
 * An item waiting for its publication time. Platform data (not tenant-owned) so that the scheduler finds every
 * unit's due items in one query; it names the unit, and the item itself is only ever read as that unit
 * ({@code TenantBoundEntityManager.runAs}). A row exists exactly while its item is SCHEDULED.
 */
@Entity
@Table(name = "scheduled_publication")
public class ScheduledPublication extends PlatformEntity {

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    protected ScheduledPublication() {
    }

    public ScheduledPublication(long unitId, long itemId, Instant dueAt) {
        this.unitId = unitId;
        this.itemId = itemId;
        this.dueAt = dueAt;
    }

    void reschedule(Instant when) {
        this.dueAt = when;
    }

    public boolean isDueAt(Instant now) {
        return !dueAt.isAfter(now);
    }

    public Long getUnitId() {
        return unitId;
    }

    public Long getItemId() {
        return itemId;
    }

    public Instant getDueAt() {
        return dueAt;
    }
}
