package vn.cong.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.cong.editorial.Item;
import vn.cong.editorial.ItemAuthoring;
import vn.cong.editorial.ItemDraft;
import vn.cong.editorial.ItemTransitions;
import vn.cong.editorial.Transition;
import vn.cong.editorial.WorkflowAction;
import vn.cong.identity.Actor;

/**
 * The author's save, one use case for the back-office form and the API: an item's text (a new item, or a new
 * revision), its structured fields, and — when asked — its submission to the secretariat, in one transaction. A
 * refusal of any step (a field the schema refuses, a move the workflow forbids) saves nothing of the others.
 */
@ApplicationScoped
@Transactional
public class ItemSaving {

    @Inject
    ItemAuthoring authoring;

    @Inject
    StructuredFields fields;

    @Inject
    ItemTransitions transitions;

    /** {@code itemId} null: a new item. The draft's {@code fields} null: the structured fields stay as they are. */
    public Item save(Actor actor, Long itemId, ItemDraft draft, boolean submit, String address) {
        Item item = itemId == null ? authoring.create(actor, draft, address)
                : authoring.revise(actor, itemId, draft, address);
        if (draft.fields() != null) {
            fields.save(actor, item.getId(), draft.fields(), address);
        }
        if (submit) {
            item = transitions.transition(actor, item.getId(), Transition.of(WorkflowAction.SUBMIT), address);
        }
        return item;
    }
}
