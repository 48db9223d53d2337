package vn.cong.editorial;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
 * sanitised, attribution required for quoted content, an {@link ItemRevision} for every save that changes the text
 * (a save that changes nothing writes none), and an audit line naming what changed. Once an item is published, the
 * secretariat's saves go into a working revision that citizens do not see until it is republished. Moves through
 * the workflow are {@link ItemTransitions}'.
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

    @Inject
    ItemRevisions revisions;

    @Inject
    Clock clock;

    @Inject
    Event<ItemRevised> revised;

    public Item create(Actor actor, ItemDraft draft, String address) {
        if (!WorkflowPolicy.canCreate(actor)) {
            throw new DomainException(403, "item.forbidden");
        }
        return write(actor, draft, address);
    }

    /**
     * A page the platform writes into a unit it opens (provisioning's default pages), with the same revision,
     * audit line and event as a person's draft; {@code platform} names the platform as the one who saved it and
     * the unit's first administrator as the account it belongs to. Nothing checks a role: never for a person's
     * request. Published by {@link ItemTransitions#publishDefaultPage}.
     */
    public Item createDefaultPage(Actor platform, ItemDraft draft) {
        return write(platform, draft, null);
    }

    private Item write(Actor actor, ItemDraft draft, String address) {
        requireReferences(draft);
        String language = "en".equals(draft.language()) ? "en" : "vi";
        RevisionNote note = draft.revisionNote();
        Instant now = clock.instant();
        Item item = new Item(draft.categoryId(), language, uniqueSlug(draft.title()), actor.accountId(),
                now);
        item.revise(ItemText.of(draft, RichText.sanitise(draft.body())), now);
        items.add(item);
        // two items of the same title saved at the same moment chose the same free slug
        entityManagers.flushUnique(() -> new DomainException(409, "item.slug.conflict"));
        // its unit (tenant_id) is known once read back: a move in the same transaction needs it (ItemSaving)
        entityManagers.forCurrentTenant().refresh(item);
        ItemRevision first = revisions.first(item, actor, note, now);
        audit.record(new AuditEvent(actor.accountId(), actor.username(), address, "CREATE", Item.AUDIT_SUBJECT,
                item.getId(), null, item.getState().name(), item.getTitle()));
        revised.fire(new ItemRevised(actor.unitId(), item.getId(), first.getNumber(), actor.accountId(), false, now));
        return item;
    }

    /** 403 when someone may edit it in this state but not this actor; 409 when nobody may edit it now. */
    public Item revise(Actor actor, long itemId, ItemDraft draft, String address) {
        Item item = require(itemId, actor);
        if (!WorkflowPolicy.canEdit(actor, item)) {
            boolean editableState = item.getState().isEditableByAuthor() || item.getState() == ItemState.IN_EDIT
                    || item.getState() == ItemState.PUBLISHED;
            throw new DomainException(editableState ? 403 : 409, "item.not-editable", item.getState().name());
        }
        requireReferences(draft);
        RevisionNote note = draft.revisionNote();
        Instant now = clock.instant();
        boolean amendment = item.getState() == ItemState.PUBLISHED;
        ItemText before = revisions.workingText(item);
        ItemText after = ItemText.of(draft, RichText.sanitise(draft.body()));
        List<String> changed = before.changedFieldsTo(after);
        String detail = changed.isEmpty() ? "changed: nothing" : "changed: " + String.join(", ", changed);
        if (!changed.isEmpty() || note.text() != null) {
            ItemRevision revision;
            if (amendment) {
                revisions.ensureBaseline(item);
                revision = revisions.record(item, after, actor, note, now);
                item.holdAmendment(revision.getId(), now);
                detail += "; revision=" + revision.getNumber() + " (not yet public)";
            } else {
                item.revise(after, now);
                revision = revisions.record(item, after, actor, note, now);
                detail += "; revision=" + revision.getNumber();
            }
            revised.fire(new ItemRevised(actor.unitId(), item.getId(), revision.getNumber(), actor.accountId(),
                    amendment, now));
        }
        audit.record(new AuditEvent(actor.accountId(), actor.username(), address, "REVISE", Item.AUDIT_SUBJECT,
                item.getId(), item.getState().name(), item.getState().name(), detail));
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
}
