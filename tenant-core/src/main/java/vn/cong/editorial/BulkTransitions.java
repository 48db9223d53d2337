package vn.cong.editorial;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.cong.identity.Actor;
import vn.cong.platform.DomainException;

/**
 * One action on several items at once (the inbox's bulk take, approve, publish, archive…). Each item is moved by
 * {@link ItemTransitions#transition} in a transaction of its own, so {@link WorkflowPolicy} and {@link Workflow}
 * check each item exactly as they would one at a time, and a refused or failed item never undoes or stops the
 * others. The answer has one outcome per item, in the order asked.
 */
@ApplicationScoped
public class BulkTransitions {

    /**
     * The actions that need nothing but the item — no reason, note, date or person to choose — and so may be taken
     * on many items at once, from the inbox or the API. Anything else is decided item by item.
     */
    public static final Set<WorkflowAction> ACTIONS = Collections.unmodifiableSet(EnumSet.of(WorkflowAction.TAKE,
            WorkflowAction.APPROVE, WorkflowAction.PUBLISH, WorkflowAction.REPUBLISH, WorkflowAction.REVIEW,
            WorkflowAction.ARCHIVE));

    /** More than a screen's worth is a mistake, not a bulk action. */
    public static final int MAX_ITEMS = 200;

    private static final Logger LOG = Logger.getLogger(BulkTransitions.class.getName());

    @Inject
    ItemTransitions transitions;

    /** What happened to one item: its state after the move, or the refusal (status, message key, arguments). */
    public record Outcome(long itemId, String title, ItemState state, DomainException refusal) {

        public boolean succeeded() {
            return refusal == null;
        }

        /** The refusal in a language ("vi", "en"); empty when the move succeeded. */
        public String message(String language) {
            return refusal == null ? "" : refusal.localizedMessage(language);
        }
    }

    /**
     * Suspends any caller's transaction: a refusal inside one item's transaction marks only that transaction for
     * rollback. 422 when the action is not one of {@link #ACTIONS}, no item or too many are named, or an id is
     * missing (null) or not positive — checked before any item moves, so a malformed request changes nothing.
     */
    @Transactional(TxType.NOT_SUPPORTED)
    public List<Outcome> apply(Actor actor, List<Long> itemIds, Transition transition, String address) {
        if (transition == null || !ACTIONS.contains(transition.action())) {
            throw new DomainException(422, "bulk.action-single",
                    transition == null ? "" : transition.action().name());
        }
        if (itemIds == null || itemIds.isEmpty()) {
            throw new DomainException(422, "bulk.none-selected");
        }
        if (itemIds.size() > MAX_ITEMS) {
            throw new DomainException(422, "bulk.too-many", MAX_ITEMS);
        }
        for (int i = 0; i < itemIds.size(); i++) {
            Long id = itemIds.get(i);
            if (id == null || id <= 0) {
                throw new DomainException(422, "bulk.invalid-id", i + 1);
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(itemIds)) {
            outcomes.add(one(actor, id, transition, address));
        }
        return outcomes;
    }

    private Outcome one(Actor actor, long itemId, Transition transition, String address) {
        try {
            Item item = transitions.transition(actor, itemId, transition, address);
            return new Outcome(itemId, item.getTitle(), item.getState(), null);
        } catch (RuntimeException e) {
            java.util.Optional<DomainException> refusal = DomainException.foundIn(e);
            if (refusal.isPresent()) {
                return new Outcome(itemId, null, null, refusal.get());
            }
            // e.g. an optimistic-lock conflict with someone moving the same item: reported, the others go on
            LOG.log(Level.WARNING, "CONG: bulk " + transition.action() + " of item " + itemId + " failed", e);
            return new Outcome(itemId, null, null, new DomainException(409, "bulk.item-failed", itemId));
        }
    }
}
