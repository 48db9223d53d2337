package vn.cong.editorial;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import vn.cong.audit.AuditEvent;
import vn.cong.audit.AuditLog;
import vn.cong.catalog.CategoryRepository;
import vn.cong.identity.Actor;
import vn.cong.platform.DomainException;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.platform.VietnameseText;

/**
 * Everything done to an item, from the back office and the API alike: check the policy, apply the
 * workflow, write the audit line, tell the page cache — in one transaction.
 */
@ApplicationScoped
@Transactional
public class EditorialService {

    public static final String SUBJECT = "ITEM";

    @Inject
    ItemRepository items;

    @Inject
    CategoryRepository categories;

    @Inject
    AuditLog audit;

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    Event<ContentChanged> contentChanged;

    public Item create(Actor actor, ItemDraft draft, String address) {
        if (!WorkflowPolicy.canCreate(actor)) {
            throw new DomainException(403, "item.forbidden");
        }
        requireCategory(draft.categoryId());
        String language = "en".equals(draft.language()) ? "en" : "vi";
        Item item = new Item(draft.categoryId(), language, uniqueSlug(draft.title()), actor.accountId());
        item.revise(draft, RichText.sanitise(draft.body()));
        items.add(item);
        entityManagers.forCurrentTenant().flush();
        audit.record(new AuditEvent(actor.accountId(), actor.username(), address, "CREATE", SUBJECT, item.getId(),
                null, item.getState().name(), item.getTitle()));
        return item;
    }

    public Item revise(Actor actor, long itemId, ItemDraft draft, String address) {
        Item item = require(itemId, actor);
        if (!WorkflowPolicy.canEdit(actor, item)) {
            throw new DomainException(item.getState().isEditableByAuthor() ? 403 : 409, "item.not-editable",
                    item.getState().name());
        }
        requireCategory(draft.categoryId());
        item.revise(draft, RichText.sanitise(draft.body()));
        audit.record(new AuditEvent(actor.accountId(), actor.username(), address, "REVISE", SUBJECT, item.getId(),
                item.getState().name(), item.getState().name(), item.getTitle()));
        return item;
    }

    /**
     * Fires a workflow action. 404 when the item is not in the actor's unit, 403 when the policy refuses
     * the actor, 409 when the state machine refuses the move, 422 when a rejection has no valid reason.
     */
    public Item transition(Actor actor, long itemId, WorkflowAction action, String reasonCode, String note,
                           String address) {
        Item item = require(itemId, actor);
        ItemState from = item.getState();
        ItemState to = Workflow.next(from, action)
                .orElseThrow(() -> new DomainException(409, "workflow.illegal", action.name(), from.name()));
        if (!WorkflowPolicy.can(actor, action, item)) {
            throw new DomainException(403, "workflow.forbidden", action.name());
        }
        String detail = null;
        if (action == WorkflowAction.REJECT) {
            RejectionReason reason = requireReason(reasonCode);
            item.recordRejection(reason.getCode(), note);
            detail = reason.getCode() + (note == null || note.isBlank() ? "" : ": " + VietnameseText.nfc(note));
        }
        item.moveTo(to, action, actor.accountId(), Instant.now());
        audit.record(new AuditEvent(actor.accountId(), actor.username(), address, action.name(), SUBJECT,
                item.getId(), from.name(), to.name(), detail));
        if (from == ItemState.PUBLISHED || to == ItemState.PUBLISHED) {
            contentChanged.fire(new ContentChanged(actor.unitId()));
        }
        return item;
    }

    public Item require(long itemId, Actor actor) {
        Item item = items.find(itemId).orElseThrow(() -> new DomainException(404, "item.not-found", itemId));
        if (!WorkflowPolicy.canView(actor, item)) {
            throw new DomainException(403, "item.forbidden");
        }
        return item;
    }

    public List<RejectionReason> rejectionReasons() {
        return entityManagers.platform()
                .createQuery("select r from RejectionReason r order by r.sortOrder", RejectionReason.class)
                .getResultList();
    }

    private RejectionReason requireReason(String code) {
        EntityManager em = entityManagers.platform();
        RejectionReason reason = code == null ? null : em.find(RejectionReason.class, code);
        if (reason == null) {
            throw new DomainException(422, "workflow.reason.required");
        }
        return reason;
    }

    private void requireCategory(Long categoryId) {
        if (categoryId == null || categories.find(categoryId).isEmpty()) {
            throw new DomainException(422, "item.category.unknown", categoryId);
        }
    }

    private String uniqueSlug(String title) {
        String base = VietnameseText.slug(title == null ? "" : title, 120);
        String slug = base;
        for (int n = 2; items.slugTaken(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
