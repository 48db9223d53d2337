package vn.cong.inbox;

import vn.cong.platform.Vietnam;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import vn.cong.editorial.Item;
import vn.cong.editorial.ItemPublished;
import vn.cong.editorial.ItemState;
import vn.cong.editorial.ItemTransitioned;
import vn.cong.notification.Notice;
import vn.cong.platform.Messages;

/**
 * Who hears of what in the editorial workflow — the board's notifications as one table, pure, so that it reads (and
 * is tested) as a specification:
 * <ul>
 *   <li>submitted → the secretariat, with the editing due time (MIC Art. 14.1);</li>
 *   <li>escalated → the member, deputy head or head it went to;</li>
 *   <li>returned → the secretary who took it (else the secretariat), with the note;</li>
 *   <li>approved by whoever it was escalated to → the secretary who took it (else the secretariat), to publish;</li>
 *   <li>rejected → the author (and whoever submitted it), with the reason and the note;</li>
 *   <li>force-published → the rest of the board, to review it;</li>
 *   <li>a scheduled publication failed → the secretariat and the head;</li>
 *   <li>published (also by the scheduler) → its contributors;</li>
 *   <li>an inbox item nears or passes its due time → whoever it waits for ({@link #waitingFor}).</li>
 * </ul>
 * Nobody is told of their own action.
 */
public final class EditorialNotices {

    /** The messages: Vietnamese in {@code notices.properties}, English in {@code notices_en.properties}. */
    public static final String BUNDLE = "vn.cong.inbox.notices";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(Vietnam.ZONE);

    private EditorialNotices() {
    }

    /** A unit's board as the notices need it: account ids per role. */
    public record Board(Set<Long> secretariat, Set<Long> heads, Set<Long> deputies, Set<Long> members) {

        public Board {
            secretariat = Set.copyOf(secretariat);
            heads = Set.copyOf(heads);
            deputies = Set.copyOf(deputies);
            members = Set.copyOf(members);
        }
    }

    /**
     * What the observer looked up for a move: the actor's name, the rejection reason's name and the failure message
     * in both languages, the item's editing due time.
     */
    public record Details(String actorName, String reasonVi, String reasonEn, String failureVi, String failureEn,
                          Instant due, String dueBasis) {

        public static final Details NONE = new Details("", "", "", "", "", null, "");
    }

    /** A notice and who gets it. */
    public record Addressed(Notice notice, Set<Long> recipients) {
    }

    public static Optional<Addressed> forTransition(ItemTransitioned event, Item item, Board board, Details details) {
        String title = item.getTitle();
        Notice notice;
        Set<Long> to = new LinkedHashSet<>();
        switch (event.action()) {
            case SUBMIT -> {
                to.addAll(board.secretariat());
                notice = notice("item.submitted", title, details.actorName(), time(details.due()), details.dueBasis());
            }
            case ESCALATE -> {
                add(to, item.getEscalatedTo());
                notice = notice("item.escalated", title, details.actorName());
            }
            case RETURN -> {
                to.addAll(takerOrSecretariat(item, board));
                notice = notice("item.returned", title, details.actorName(), note(event));
            }
            case APPROVE -> {
                if (event.from() == ItemState.ESCALATED) {
                    to.addAll(takerOrSecretariat(item, board));
                }
                notice = notice("item.approved", title, details.actorName());
            }
            case REJECT -> {
                add(to, item.getCreatedBy());
                add(to, item.getSubmittedBy());
                notice = notice("item.rejected", title, details.reasonVi(), details.reasonEn(), note(event));
            }
            case FORCE_PUBLISH -> {
                to.addAll(board.heads());
                to.addAll(board.deputies());
                to.addAll(board.members());
                to.addAll(board.secretariat());
                notice = notice("item.force-published", title, details.actorName(), note(event));
            }
            case FAIL -> {
                to.addAll(board.secretariat());
                to.addAll(board.heads());
                notice = notice("item.publish-failed", title, details.failureVi(), details.failureEn());
            }
            default -> {
                return Optional.empty();
            }
        }
        return addressed(notice.linkingTo(link(item)), to, event.actorId());
    }

    /** Published (by a person or the scheduler): its contributors hear of it, except the one who published it. */
    public static Optional<Addressed> forPublication(ItemPublished event, Item item) {
        Long publisher = item.getDecidedBy();
        return addressed(notice("item.published", item.getTitle()).linkingTo(link(item)),
                new LinkedHashSet<>(event.contributors()), publisher);
    }

    /** Before ({@code overdue} false) or at ({@code overdue} true) the due time of what the item waits for. */
    public static Optional<Addressed> reminder(Item item, Waiting waiting, Instant due, boolean overdue, Board board) {
        String vi = Messages.formatFrom(BUNDLE, "vi", "waiting." + waiting.name());
        String en = Messages.formatFrom(BUNDLE, "en", "waiting." + waiting.name());
        Notice notice = notice(overdue ? "inbox.overdue" : "inbox.due-soon", item.getTitle(), time(due), vi, en);
        return addressed(notice.linkingTo(link(item)), waitingFor(item, waiting, board), null);
    }

    /** Whose move it is while the item waits for this. */
    public static Set<Long> waitingFor(Item item, Waiting waiting, Board board) {
        Set<Long> to = new LinkedHashSet<>();
        switch (waiting) {
            case RECEIVED, APPROVED, PUBLISH_FAILED, AMENDMENT -> to.addAll(board.secretariat());
            case IN_EDIT -> to.addAll(takerOrSecretariat(item, board));
            case ESCALATED -> {
                if (item.getEscalatedTo() != null) {
                    to.add(item.getEscalatedTo());
                } else {
                    to.addAll(board.heads());
                }
            }
            case REVIEW -> {
                to.addAll(board.heads());
                to.addAll(board.deputies());
                to.remove(item.getForcePublication().getBy());
            }
            case REJECTED -> to.add(item.getCreatedBy());
            case SCHEDULED -> {
                // the scheduler's
            }
        }
        return to;
    }

    private static Set<Long> takerOrSecretariat(Item item, Board board) {
        return item.getTakenBy() != null ? Set.of(item.getTakenBy()) : board.secretariat();
    }

    private static Optional<Addressed> addressed(Notice notice, Set<Long> recipients, Long actor) {
        Set<Long> to = new LinkedHashSet<>(recipients);
        to.remove(actor);
        return to.isEmpty() ? Optional.empty() : Optional.of(new Addressed(notice, Set.copyOf(to)));
    }

    private static void add(Set<Long> to, Long accountId) {
        if (accountId != null) {
            to.add(accountId);
        }
    }

    private static Notice notice(String kind, Object... arguments) {
        return Notice.of(kind, BUNDLE, kind, arguments);
    }

    private static String note(ItemTransitioned event) {
        return event.note() == null ? "" : event.note();
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    static String link(Item item) {
        return "/admin/item-view.xhtml?id=" + item.getId();
    }
}
