package vn.cong.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import vn.cong.editorial.Item;
import vn.cong.editorial.ItemRepository;
import vn.cong.notification.Notifications;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitRepository;

/**
 * One reminder of the {@link DeadlineWatch}, in its own transaction: claims the row with its lock, checks as the
 * row's unit that the item still waits for that (and when it is due now — the unit's rules may have changed), then
 * sends "due soon" or "overdue" to whoever it waits for and records it, so the reminder goes out once.
 */
@ApplicationScoped
public class DeadlineReminder {

    @Inject
    InboxDeadlines deadlines;

    @Inject
    UnitRepository units;

    @Inject
    ItemRepository items;

    @Inject
    Inboxes inboxes;

    @Inject
    BoardRoles boardRoles;

    @Inject
    Notifications notifications;

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    Clock clock;

    /** True when a reminder was sent. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean remind(long rowId) {
        Instant now = clock.instant();
        InboxDeadline row = deadlines.claim(rowId).orElse(null);
        if (row == null || row.reminderDueAt(now) == InboxDeadline.NONE) {
            return false;
        }
        Optional<Unit> unit = units.find(row.getUnitId());
        if (unit.isEmpty()) {
            deadlines.forget(row);
            return false;
        }
        long unitId = row.getUnitId();
        long itemId = row.getItemId();
        Waiting waiting = row.getWaiting();
        Reminder reminder = entityManagers.runAs(unit.get(), () -> {
            Item item = items.find(itemId).orElse(null);
            if (item == null || !Waiting.of(item).contains(waiting)) {
                return Reminder.STALE;
            }
            Optional<Instant> due = inboxes.rules().due(item, waiting);
            if (due.isEmpty()) {
                return Reminder.STALE;
            }
            if (!due.get().equals(row.getDueAt())) {
                return new Reminder(due.get(), false);
            }
            int stage = row.reminderDueAt(now);
            EditorialNotices.reminder(item, waiting, due.get(), stage == InboxDeadline.OVERDUE,
                            boardRoles.of(unitId))
                    .ifPresent(a -> notifications.send(unitId, a.notice(), a.recipients()));
            return new Reminder(due.get(), true);
        });
        // runAs cleared the persistence context: the row is read again under the lock this transaction holds
        InboxDeadline locked = deadlines.claim(rowId).orElse(null);
        if (locked == null) {
            return false;
        }
        if (reminder == Reminder.STALE) {
            deadlines.forget(locked);
            return false;
        }
        if (!reminder.sent()) {
            locked.dueAt(reminder.due(), deadlines.warnTime(reminder.due()), now);
            return false;
        }
        locked.reminded(locked.reminderDueAt(now));
        return true;
    }

    private record Reminder(Instant due, boolean sent) {
        static final Reminder STALE = new Reminder(null, false);
    }
}
