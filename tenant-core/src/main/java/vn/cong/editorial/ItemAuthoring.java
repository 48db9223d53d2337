package vn.cong.editorial;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.cong.audit.AuditEvent;
import vn.cong.audit.AuditLog;
import vn.cong.board.BoardDirectory;
import vn.cong.catalog.CategoryRepository;
import vn.cong.identity.Actor;
import vn.cong.platform.DomainException;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.platform.VietnameseText;

/**
 * Writing an item, from the back office and the API alike: create and revise with the policy checked, rich text
 * sanitised, attribution required for quoted content, and an audit line naming what changed. Moves through the
 * workflow are {@link ItemTransitions}'.
 */
@ApplicationScoped
@Transactional
public class ItemAuthoring {

    @Inject
    ItemRepository items;

    @Inject
    CategoryRepository categories;

    @Inject
    BoardDirectory board;

    @Inject
    AuditLog audit;

    @Inject
    TenantBoundEntityManager entityManagers;

    public Item create(Actor actor, ItemDraft draft, String address) {
        if (!WorkflowPolicy.canCreate(actor)) {
            throw new DomainException(403, "item.forbidden");
        }
        requireReferences(draft);
        String language = "en".equals(draft.language()) ? "en" : "vi";
        Item item = new Item(draft.categoryId(), language, uniqueSlug(draft.title()), actor.accountId());
        item.revise(draft, RichText.sanitise(draft.body()));
        items.add(item);
        entityManagers.forCurrentTenant().flush();
        audit.record(new AuditEvent(actor.accountId(), actor.username(), address, "CREATE", Item.AUDIT_SUBJECT,
                item.getId(), null, item.getState().name(), item.getTitle()));
        return item;
    }

    /** 403 when someone may edit it in this state but not this actor; 409 when nobody may edit it now. */
    public Item revise(Actor actor, long itemId, ItemDraft draft, String address) {
        Item item = require(itemId, actor);
        if (!WorkflowPolicy.canEdit(actor, item)) {
            boolean editableState = item.getState().isEditableByAuthor() || item.getState() == ItemState.IN_EDIT;
            throw new DomainException(editableState ? 403 : 409, "item.not-editable", item.getState().name());
        }
        requireReferences(draft);
        Snapshot before = Snapshot.of(item);
        item.revise(draft, RichText.sanitise(draft.body()));
        audit.record(new AuditEvent(actor.accountId(), actor.username(), address, "REVISE", Item.AUDIT_SUBJECT,
                item.getId(), item.getState().name(), item.getState().name(), before.changesTo(Snapshot.of(item))));
        return item;
    }

    /** The item, if the actor may see it: 404 when it is not in the actor's unit, 403 for a non-member. */
    public Item require(long itemId, Actor actor) {
        Item item = items.find(itemId).orElseThrow(() -> new DomainException(404, "item.not-found", itemId));
        if (!WorkflowPolicy.canView(actor, item)) {
            throw new DomainException(403, "item.forbidden");
        }
        return item;
    }

    private void requireReferences(ItemDraft draft) {
        if (draft.categoryId() == null || categories.find(draft.categoryId()).isEmpty()) {
            throw new DomainException(422, "item.category.unknown", draft.categoryId());
        }
        if (draft.fieldCode() != null && !draft.fieldCode().isBlank() && board.field(draft.fieldCode()).isEmpty()) {
            throw new DomainException(422, "item.field.unknown", draft.fieldCode());
        }
        draft.attribution().requireComplete();
    }

    private String uniqueSlug(String title) {
        String base = VietnameseText.slug(title == null ? "" : title, 120);
        String slug = base;
        for (int n = 2; items.slugTaken(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /** What an audit line of a revision names: the fields that changed (the text itself is the revisions' job). */
    private record Snapshot(List<Object> values) {

        private static final String[] NAMES = {"category", "title", "summary", "body", "quoted", "source", "author",
            "permission", "field"};

        static Snapshot of(Item item) {
            List<Object> values = new ArrayList<>();
            values.add(item.getCategoryId());
            values.add(item.getTitle());
            values.add(item.getSummary());
            values.add(item.getBody());
            values.add(item.isQuoted());
            values.add(item.getSource());
            values.add(item.getAuthorName());
            values.add(item.getPermissionRef());
            values.add(item.getFieldCode());
            return new Snapshot(values);
        }

        String changesTo(Snapshot after) {
            List<String> changed = new ArrayList<>();
            for (int i = 0; i < NAMES.length; i++) {
                if (!Objects.equals(values.get(i), after.values.get(i))) {
                    changed.add(NAMES[i]);
                }
            }
            return changed.isEmpty() ? "changed: nothing" : "changed: " + String.join(", ", changed);
        }
    }
}
