package vn.cong.editorial;

import java.time.Instant;
import java.util.Set;

/**
 * Fired inside the transaction that made an item public (publish, force-publish, scheduled release). Observers that
 * write to the database with it observe it synchronously, in that transaction (the royalty ledger: a publication
 * and what it owes commit together); observers that act outside the database — notifications by e-mail — observe
 * it {@code during = TransactionPhase.AFTER_SUCCESS}. {@code contributors} are the accounts that wrote or edited it;
 * {@code action} the move that made it public.
 */
public record ItemPublished(long unitId, long itemId, Set<Long> contributors, WorkflowAction action,
                            Instant publishedAt) {

    public ItemPublished {
        contributors = Set.copyOf(contributors);
    }

    /** A page the platform wrote (a new unit's default pages) is nobody's work: no royalty, nobody to tell. */
    public boolean isPeoplesWork() {
        return action != WorkflowAction.PROVISION;
    }
}
