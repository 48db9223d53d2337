package vn.cong.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.cong.platform.PlatformEntity;

/**
 * The due time of one thing an item waits for, kept for the {@link DeadlineWatch}: when to warn, when it is due,
 * and how far the reminders went. Platform data naming its unit (like {@code scheduled_publication}), so that one
 * indexed query finds every unit's due reminders; a reminder is sent only by the transaction that holds the row's
 * lock, so once however many instances run. A row exists while its item waits for that.
 */
@Entity
@Table(name = "inbox_deadline")
public class InboxDeadline extends PlatformEntity {

    /** Nothing sent yet; warned before the due time; told it is overdue. */
    static final int NONE = 0;
    static final int WARNED = 1;
    static final int OVERDUE = 2;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Waiting waiting;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "warn_at", nullable = false)
    private Instant warnAt;

    @Column(nullable = false)
    private int stage;

    protected InboxDeadline() {
    }

    InboxDeadline(long unitId, long itemId, Waiting waiting) {
        this.unitId = unitId;
        this.itemId = itemId;
        this.waiting = waiting;
    }

    /**
     * Sets the due time; a changed due time starts the reminders over. A warning whose time has already passed
     * when the row is set is skipped (its due time is too near to warn before it).
     */
    void dueAt(Instant due, Instant warn, Instant now) {
        if (due.equals(dueAt)) {
            return;
        }
        dueAt = due;
        warnAt = warn;
        stage = warn.isAfter(now) ? NONE : WARNED;
    }

    /** What to send now: {@link #OVERDUE}, {@link #WARNED} or {@link #NONE} for nothing. */
    int reminderDueAt(Instant now) {
        if (stage < OVERDUE && !dueAt.isAfter(now)) {
            return OVERDUE;
        }
        if (stage < WARNED && !warnAt.isAfter(now)) {
            return WARNED;
        }
        return NONE;
    }

    void reminded(int reminder) {
        stage = Math.max(stage, reminder);
    }

    public Long getUnitId() {
        return unitId;
    }

    public Long getItemId() {
        return itemId;
    }

    public Waiting getWaiting() {
        return waiting;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getWarnAt() {
        return warnAt;
    }

    public int getStage() {
        return stage;
    }
}
