package vn.cong.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.cong.editorial.ItemRepository;
import vn.cong.editorial.ItemRevised;
import vn.cong.editorial.ItemTransitioned;

/**
 * Keeps each item's {@link InboxDeadline} rows in step with what it waits for, in the transaction of the move or
 * save that changed it (so a row exists exactly when the change commits).
 */
@ApplicationScoped
public class DeadlineTracker {

    @Inject
    ItemRepository items;

    @Inject
    InboxDeadlines deadlines;

    @Inject
    Inboxes inboxes;

    void onMove(@Observes ItemTransitioned event) {
        if (event.action() == vn.cong.editorial.WorkflowAction.PROVISION) {
            return; // a new unit's default pages are published by the platform, never in anybody's inbox
        }
        track(event.unitId(), event.itemId(), event.at());
    }

    void onSave(@Observes ItemRevised event) {
        if (event.amendment()) {
            track(event.unitId(), event.itemId(), event.at());
        }
    }

    private void track(long unitId, long itemId, java.time.Instant now) {
        items.find(itemId).ifPresent(item -> deadlines.track(unitId, item, inboxes.rules(), now));
    }
}
