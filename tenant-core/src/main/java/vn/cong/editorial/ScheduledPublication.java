package vn.cong.editorial;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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

    /**
     * The time a publication is kept for: whole seconds, rounded up. Databases keep different precisions (EclipseLink
     * stores whole seconds on MariaDB, which reports itself as MySQL 5.5), and a time rounded down would publish early.
     */
    public static Instant dueTime(Instant requested) {
        Instant whole = requested.truncatedTo(ChronoUnit.SECONDS);
        return whole.equals(requested) ? whole : whole.plusSeconds(1);
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
