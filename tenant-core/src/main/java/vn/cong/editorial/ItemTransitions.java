package vn.cong.editorial;

import vn.cong.platform.ContentChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import vn.cong.audit.AuditEvent;
import vn.cong.audit.AuditLog;
import vn.cong.catalog.CategoryRepository;
import vn.cong.identity.Actor;
import vn.cong.platform.DomainException;
import vn.cong.platform.Messages;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitRepository;
import vn.cong.tenancy.UnitState;

/**
 * Moves an item through the {@link Workflow}, from the back office, the API and the scheduler alike, in one
 * transaction: the move (409) → the actor ({@link WorkflowPolicy}, 403) → the request (422) → what it names
 * (a reason of the unit's list, an escalation target, the consolidating item: 422) → the move applied, the
 * publication queue kept in step, the revision citizens read marked published (the item's latest on publication,
 * its working revision on republication), an audit line (actor, time, address, from/to, what changed), and the events
 * {@link ItemTransitioned}, {@link ItemPublished} and {@link ContentChanged}.
 */
@ApplicationScoped
@Transactional
public class ItemTransitions {

    /** The audit log's name for the scheduler. */
    public static final String SCHEDULER = "Hệ thống (hẹn giờ đăng)";

    /** The audit log's name for retention runs. */
    public static final String RETENTION = "Hệ thống (thời hạn lưu giữ)";
    public static final String PROVISIONING = "Hệ thống (khởi tạo cổng)";

    private static final Logger LOG = Logger.getLogger(ItemTransitions.class.getName());

    @Inject
    ItemAuthoring authoring;

    @Inject
    ItemRepository items;

    @Inject
    CategoryRepository categories;

    @Inject
    UnitRepository units;

    @Inject
    ReasonCatalog reasons;

    @Inject
    EscalationRouting routing;

    @Inject
    PublicationQueue queue;

    @Inject
    ItemRevisions revisions;

    @Inject
    AuditLog audit;

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    Clock clock;

    @Inject
    Event<ItemTransitioned> transitioned;

    @Inject
    Event<ItemPublished> published;

    @Inject
    Event<ContentChanged> contentChanged;

    /** Fires a person's action on an item of the actor's unit (404 when it is another unit's). */
    public Item transition(Actor actor, long itemId, Transition transition, String address) {
        Item item = authoring.require(itemId, actor);
        WorkflowAction action = transition.action();
        ItemState to = Workflow.next(item, action);
        if (!WorkflowPolicy.can(actor, action, item)) {
            throw new DomainException(403, "workflow.forbidden", action.name());
        }
        Instant now = clock.instant();
        Workflow.requireParameters(transition, now);
        Transition checked = resolve(actor, item, transition);
        apply(item, to, checked, actor.accountId(), actor.username(), address, now);
        return item;
    }

    /**
     * The scheduler's move for one claimed queue row: publishes the item when it still can be, otherwise moves it
     * to PUBLISH_FAILED with the reason (an alert for the secretariat). Runs as the row's unit.
     */
    public ReleaseOutcome release(long queueRowId) {
        Instant now = clock.instant();
        Optional<ScheduledPublication> claimed = queue.claim(queueRowId);
        if (claimed.isEmpty()) {
            return ReleaseOutcome.TAKEN_ELSEWHERE;
        }
        ScheduledPublication row = claimed.get();
        if (!row.isDueAt(now)) {
            return ReleaseOutcome.NOT_DUE;
        }
        Unit unit = units.find(row.getUnitId()).orElseThrow();
        long itemId = row.getItemId();
        queue.release(row);
        return entityManagers.runAs(unit, () -> {
            Item item = items.find(itemId).orElse(null);
            if (item == null || item.getState() != ItemState.SCHEDULED) {
                return ReleaseOutcome.STALE;
            }
            Optional<String> problem = publicationProblem(item, unit);
            if (problem.isPresent()) {
                fail(item, problem.get(), now);
                return ReleaseOutcome.FAILED;
            }
            apply(item, ItemState.PUBLISHED, Transition.of(WorkflowAction.RELEASE), null, SCHEDULER, null, now);
            return ReleaseOutcome.PUBLISHED;
        });
    }

    /**
     * A retention run's move for one item of the current unit whose period is over: PUBLISHED → ARCHIVED by the
     * system, with the retention in the note; audited, and the page cache dropped like any unpublishing.
     */
    public Item expire(long itemId, String note) {
        Item item = items.find(itemId).orElseThrow(() -> new DomainException(404, "item.not-found", itemId));
        ItemState to = Workflow.next(item, WorkflowAction.EXPIRE);
        apply(item, to, Transition.of(WorkflowAction.EXPIRE).withNote(note), null, RETENTION, null, clock.instant());
        return item;
    }

    /**
     * Provisioning's move for a default page of a unit it opens: DRAFT → PUBLISHED by the platform, like any
     * publication (its revision marked published, an audit line, the publication and content events) — but
     * nobody's work, so nobody is credited for royalties.
     */
    public Item publishDefaultPage(long itemId) {
        Item item = items.find(itemId).orElseThrow(() -> new DomainException(404, "item.not-found", itemId));
        ItemState to = Workflow.next(item, WorkflowAction.PROVISION);
        apply(item, to, Transition.of(WorkflowAction.PROVISION), null, PROVISIONING, null, clock.instant());
        return item;
    }

    /** After an unexpected error in {@link #release}: the item is marked failed, never left silently scheduled. */
    public void failAfterError(long queueRowId) {
        queue.claim(queueRowId).ifPresent(row -> {
            Unit unit = units.find(row.getUnitId()).orElseThrow();
            long itemId = row.getItemId();
            queue.release(row);
            entityManagers.runAs(unit, () -> {
                items.find(itemId).filter(i -> i.getState() == ItemState.SCHEDULED)
                        .ifPresent(item -> fail(item, "publication.error", clock.instant()));
                return null;
            });
        });
    }

    public enum ReleaseOutcome { PUBLISHED, FAILED, STALE, NOT_DUE, TAKEN_ELSEWHERE }

    private void fail(Item item, String messageKey, Instant now) {
        LOG.warning(() -> "CONG: scheduled publication of item " + item.getId() + " failed: " + messageKey);
        apply(item, ItemState.PUBLISH_FAILED, Transition.of(WorkflowAction.FAIL).withNote(messageKey), null,
                SCHEDULER, null, now);
    }

    /** Resolves what the request names; returns the transition as it will be recorded. */
    private Transition resolve(Actor actor, Item item, Transition transition) {
        switch (transition.action()) {
            case REJECT -> {
                RejectionChoice reason = reasons.rejectionReason(transition.reason().strip())
                        .orElseThrow(() -> new DomainException(422, "workflow.reason.unknown", transition.reason()));
                return transition.withReason(reason.code(), transition.note());
            }
            case ESCALATE -> {
                EscalationRouting.Target target = routing.resolve(actor.unitId(), transition, item);
                item.escalateTo(target.account().getId(), target.field(), transition.sensitive());
                return transition.escalatingTo(target.account().getUsername(), target.field(), transition.sensitive());
            }
            case SCHEDULE -> {
                return transition.at(ScheduledPublication.dueTime(transition.scheduledAt()));
            }
            case UNPUBLISH -> {
                return checkedUnpublishing(item, transition);
            }
            case PUBLISH, FORCE_PUBLISH -> {
                Unit unit = units.find(actor.unitId()).orElseThrow();
                publicationProblem(item, unit).ifPresent(key -> {
                    throw new DomainException(409, key);
                });
                return transition;
            }
            default -> {
                return transition;
            }
        }
    }

    private Transition checkedUnpublishing(Item item, Transition transition) {
        UnpublishingReason reason = reasons.unpublishingReason(transition.reason())
                .orElseThrow(() -> new DomainException(422, "workflow.unpublish.reason-unknown", transition.reason()));
        if (reason.needsNote() && Transition.blank(transition.note())) {
            throw new DomainException(422, "workflow.unpublish.note-required");
        }
        if (!reason.needsTarget()) {
            return transition.withReason(reason.getCode(), transition.note()).consolidatingInto(null);
        }
        Long target = transition.consolidatedInto();
        if (target == null) {
            throw new DomainException(422, "workflow.unpublish.target-required");
        }
        boolean valid = !target.equals(item.getId())
                && items.find(target).filter(other -> other.getState() == ItemState.PUBLISHED).isPresent();
        if (!valid) {
            throw new DomainException(422, "workflow.unpublish.target-invalid", target);
        }
        return transition.withReason(reason.getCode(), transition.note());
    }

    /** Why the item cannot go public now (a message key), if anything stops it. */
    private Optional<String> publicationProblem(Item item, Unit unit) {
        if (unit.getState() != UnitState.ACTIVE) {
            return Optional.of("publication.unit-inactive");
        }
        if (categories.find(item.getCategoryId()).isEmpty()) {
            return Optional.of("publication.category-missing");
        }
        try {
            item.attribution().requireComplete();
        } catch (DomainException e) {
            return Optional.of(e.messageKey());
        }
        return Optional.empty();
    }

    private void apply(Item item, ItemState to, Transition transition, Long actorId, String actorName,
                       String address, Instant now) {
        ItemState from = item.getState();
        WorkflowAction action = transition.action();
        if (action == WorkflowAction.REPUBLISH) {
            ItemRevision working = revisions.pending(item)
                    .orElseThrow(() -> new DomainException(409, "workflow.republish.nothing-pending"));
            item.adopt(working.text(), now);
            working.markPublished(now);
        }
        item.moveTo(to, transition, actorId, now);
        if (to == ItemState.PUBLISHED && from != ItemState.PUBLISHED) {
            revisions.markLatestPublished(item, now);
        }
        if (to == ItemState.SCHEDULED) {
            queue.put(item.getTenantId(), item.getId(), transition.scheduledAt());
        } else if (from == ItemState.SCHEDULED) {
            queue.remove(item.getId());
        }
        audit.record(new AuditEvent(actorId, actorName, address, action.name(), Item.AUDIT_SUBJECT, item.getId(),
                from.name(), to.name(), TransitionDetail.of(transition)));
        long unitId = item.getTenantId();
        transitioned.fire(new ItemTransitioned(unitId, item.getId(), action, from, to, actorId, now,
                transition.note()));
        if (to == ItemState.PUBLISHED && from != ItemState.PUBLISHED) {
            published.fire(new ItemPublished(unitId, item.getId(),
                    action == WorkflowAction.PROVISION ? Set.of() : contributors(item), action, now));
        }
        if (from != to && (from == ItemState.PUBLISHED || to == ItemState.PUBLISHED)
                || action == WorkflowAction.REPUBLISH) {
            contentChanged.fire(new ContentChanged(unitId));
        }
    }

    /** The accounts that wrote or edited the item: its author and everyone who saved a revision of it. */
    private Set<Long> contributors(Item item) {
        Set<Long> ids = new TreeSet<>(revisions.savers(item.getId()));
        ids.add(item.getCreatedBy());
        return ids;
    }

    /** A failure key in a language, for screens and messages. */
    public static String failureMessage(Item item, String language) {
        return item.getPublishFailure() == null ? "" : Messages.format(language, item.getPublishFailure());
    }
}
