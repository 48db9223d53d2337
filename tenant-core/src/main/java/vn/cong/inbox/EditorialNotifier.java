package vn.cong.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import vn.cong.board.BoardDirectory;
import vn.cong.editorial.Item;
import vn.cong.editorial.ItemPublished;
import vn.cong.editorial.ItemRepository;
import vn.cong.editorial.ItemTransitioned;
import vn.cong.editorial.ReasonCatalog;
import vn.cong.editorial.RejectionChoice;
import vn.cong.editorial.WorkflowAction;
import vn.cong.identity.Account;
import vn.cong.notification.Notifications;
import vn.cong.platform.Messages;

/**
 * Turns the editorial workflow's events into notifications ({@link EditorialNotices} says who hears of what),
 * inside the transaction of the move: a notification exists exactly when its move commits. The pattern for any
 * feature that notifies: observe your event, decide with a pure class, call {@link Notifications#send}.
 */
@ApplicationScoped
public class EditorialNotifier {

    @Inject
    ItemRepository items;

    @Inject
    BoardRoles boardRoles;

    @Inject
    BoardDirectory directory;

    @Inject
    ReasonCatalog reasons;

    @Inject
    Inboxes inboxes;

    @Inject
    Notifications notifications;

    void onMove(@Observes ItemTransitioned event) {
        if (event.action() == WorkflowAction.PROVISION) {
            return; // a new portal's default pages: its board does not exist yet, nobody is told
        }
        Item item = items.find(event.itemId()).orElse(null);
        if (item == null) {
            return;
        }
        EditorialNotices.forTransition(event, item, boardRoles.of(event.unitId()), details(event, item))
                .ifPresent(a -> notifications.send(event.unitId(), a.notice(), a.recipients()));
    }

    void onPublished(@Observes ItemPublished event) {
        items.find(event.itemId()).flatMap(item -> EditorialNotices.forPublication(event, item))
                .ifPresent(a -> notifications.send(event.unitId(), a.notice(), a.recipients()));
    }

    private EditorialNotices.Details details(ItemTransitioned event, Item item) {
        String actor = event.actorId() == null ? "" : directory.account(event.actorId())
                .map(Account::getFullName).orElse("");
        String reasonVi = "";
        String reasonEn = "";
        String failureVi = "";
        String failureEn = "";
        Instant due = null;
        String basis = "";
        if (event.action() == WorkflowAction.REJECT && item.getRejection().getReason() != null) {
            RejectionChoice reason = reasons.rejectionReason(item.getRejection().getReason()).orElse(null);
            reasonVi = reason == null ? item.getRejection().getReason() : reason.name("vi");
            reasonEn = reason == null ? item.getRejection().getReason() : reason.name("en");
        }
        if (event.action() == WorkflowAction.FAIL && item.getPublishFailure() != null) {
            failureVi = Messages.format("vi", item.getPublishFailure());
            failureEn = Messages.format("en", item.getPublishFailure());
        }
        if (event.action() == WorkflowAction.SUBMIT) {
            DueRules rules = inboxes.rules();
            due = rules.due(item, Waiting.RECEIVED).orElse(null);
            basis = rules.editingRule().legalBasis();
        }
        return new EditorialNotices.Details(actor, reasonVi, reasonEn, failureVi, failureEn, due, basis);
    }
}
