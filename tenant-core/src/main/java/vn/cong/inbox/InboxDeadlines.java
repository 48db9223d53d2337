package vn.cong.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cong.editorial.Item;
import vn.cong.platform.TenantBoundEntityManager;

/**
 * The rows of {@link InboxDeadline}: kept in step with each item by {@link DeadlineTracker} (in the transaction of
 * the move or save), read and claimed by the {@link DeadlineWatch}.
 */
@ApplicationScoped
@Transactional
public class InboxDeadlines {

    @Inject
    TenantBoundEntityManager entityManagers;

    /** How long before its due time an item is announced as "due soon". */
    @Inject
    @ConfigProperty(name = "cong.inbox.warn-before-minutes", defaultValue = "30")
    long warnBeforeMinutes;

    private EntityManager em() {
        return entityManagers.platform();
    }

    /** Makes the item's rows say what it waits for now, with their due times from {@code rules}. */
    public void track(long unitId, Item item, DueRules rules, Instant now) {
        Map<Waiting, InboxDeadline> rows = of(item.getId()).stream()
                .collect(Collectors.toMap(InboxDeadline::getWaiting, Function.identity()));
        for (Waiting waiting : Waiting.of(item)) {
            Optional<Instant> due = waiting.isReminded() ? rules.due(item, waiting) : Optional.empty();
            InboxDeadline row = rows.remove(waiting);
            if (due.isEmpty()) {
                if (row != null) {
                    em().remove(row);
                }
                continue;
            }
            if (row == null) {
                row = new InboxDeadline(unitId, item.getId(), waiting);
                row.dueAt(due.get(), warnTime(due.get()), now);
                em().persist(row);
            } else {
                row.dueAt(due.get(), warnTime(due.get()), now);
            }
        }
        rows.values().forEach(em()::remove);
    }

    public void forget(InboxDeadline row) {
        em().remove(row);
    }

    Instant warnTime(Instant due) {
        return due.minus(Duration.ofMinutes(Math.max(0, warnBeforeMinutes)));
    }

    List<InboxDeadline> of(long itemId) {
        return em().createQuery("select d from InboxDeadline d where d.itemId = :i", InboxDeadline.class)
                .setParameter("i", itemId).getResultList();
    }

    /** Ids of rows with a reminder to send now, the earliest first, at most {@code max}. */
    public List<Long> due(Instant now, int max) {
        return em().createQuery("select d.id from InboxDeadline d where (d.stage < :overdue and d.dueAt <= :now)"
                        + " or (d.stage < :warned and d.warnAt <= :now) order by d.dueAt, d.id", Long.class)
                .setParameter("overdue", InboxDeadline.OVERDUE).setParameter("warned", InboxDeadline.WARNED)
                .setParameter("now", now).setMaxResults(max).getResultList();
    }

    /** The row, locked for this transaction; empty once another instance removed it. */
    Optional<InboxDeadline> claim(long id) {
        return Optional.ofNullable(em().find(InboxDeadline.class, id, LockModeType.PESSIMISTIC_WRITE));
    }
}
