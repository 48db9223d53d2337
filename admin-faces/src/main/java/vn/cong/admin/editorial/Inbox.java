package vn.cong.admin.editorial;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.cong.admin.shell.BackOffice;
import vn.cong.editorial.Item;
import vn.cong.editorial.ItemRepository;
import vn.cong.editorial.ItemState;
import vn.cong.editorial.ItemTransitions;
import vn.cong.editorial.ReasonCatalog;
import vn.cong.editorial.RejectionChoice;
import vn.cong.identity.Actor;
import vn.cong.identity.Role;

/**
 * Hộp việc: what waits for this person, per role — the secretariat: submitted items to take, items in edit,
 * approved items to publish, failed scheduled publications (an alert); whoever an item was escalated to: that
 * item; the head and deputies: sensitive escalations (and the head what the board is working on, to force-publish
 * an urgent item); the board: force-published items not yet reviewed;
 * everyone: their own items, rejected ones with the reason and the note.
 */
@Named
@RequestScoped
@Transactional
public class Inbox {

    @Inject
    BackOffice backOffice;

    @Inject
    ItemRepository items;

    @Inject
    ReasonCatalog reasons;

    private List<Section> sections;
    private Map<String, RejectionChoice> reasonsByCode;

    /** One list of the inbox: its label key, its items, and whether it is an alert. */
    public record Section(String id, List<Item> items, boolean alert) {

        public String getId() {
            return id;
        }

        public List<Item> getItems() {
            return items;
        }

        public boolean isAlert() {
            return alert;
        }
    }

    public List<Section> getSections() {
        if (sections == null) {
            sections = new ArrayList<>();
            Actor actor = backOffice.actor();
            if (actor != null) {
                if (actor.holdsAny(Role.SECRETARIAT, Role.HEAD)) {
                    add("failed", items.inState(ItemState.PUBLISH_FAILED), true);
                }
                if (actor.holds(Role.SECRETARIAT)) {
                    add("submitted", items.inState(ItemState.SUBMITTED), false);
                    add("in-edit", items.inState(ItemState.IN_EDIT), false);
                    add("approved", items.inState(ItemState.APPROVED), false);
                    add("scheduled", items.inState(ItemState.SCHEDULED), false);
                }
                add("escalated-to-me", items.escalatedTo(actor.accountId()), false);
                if (actor.holdsAny(Role.HEAD, Role.DEPUTY_HEAD)) {
                    add("sensitive", items.sensitiveEscalations().stream()
                            .filter(i -> !i.getEscalatedTo().equals(actor.accountId())).toList(), false);
                }
                if (actor.holds(Role.HEAD) && !actor.holds(Role.SECRETARIAT)) {
                    // what the board is working on: where the head may force-publish an urgent item
                    add("in-progress", items.inStates(EnumSet.of(ItemState.SUBMITTED, ItemState.IN_EDIT,
                            ItemState.ESCALATED)), false);
                }
                if (actor.holdsAny(Role.HEAD, Role.DEPUTY_HEAD, Role.MEMBER, Role.SECRETARIAT)) {
                    add("review", items.awaitingReview(), false);
                }
                sections.add(new Section("mine", items.createdBy(actor.accountId()), false));
            }
        }
        return sections;
    }

    /** Work lists show only when something waits; "my items" always shows. */
    private void add(String id, List<Item> list, boolean alert) {
        if (!list.isEmpty()) {
            sections.add(new Section(id, list, alert));
        }
    }

    /** How long an item has waited in its state, in hours (MIC Art. 14.1: edited within 4 working hours). */
    public long hoursWaiting(Item item) {
        return Duration.between(item.getStateSince(), Instant.now()).toHours();
    }

    public String reasonName(String code) {
        if (code == null) {
            return "";
        }
        if (reasonsByCode == null) {
            reasonsByCode = reasons.allRejectionReasons().stream()
                    .collect(Collectors.toMap(RejectionChoice::code, Function.identity()));
        }
        RejectionChoice reason = reasonsByCode.get(code);
        return reason == null ? code : reason.name(backOffice.getLanguage());
    }

    /** The line under an item's title: why it was rejected, why its publication failed, when it is scheduled. */
    public String detail(Item item) {
        return switch (item.getState()) {
            case REJECTED -> reasonName(item.getRejectionReason())
                    + (item.getRejectionNote() == null ? "" : " — " + item.getRejectionNote());
            case PUBLISH_FAILED -> ItemTransitions.failureMessage(item, backOffice.getLanguage());
            case SCHEDULED -> backOffice.dateTime(item.getScheduledAt());
            default -> "";
        };
    }

    /** Alert states shown in red. */
    public boolean isAlert(Item item) {
        return EnumSet.of(ItemState.PUBLISH_FAILED, ItemState.REJECTED).contains(item.getState())
                || item.isReviewPending();
    }
}
