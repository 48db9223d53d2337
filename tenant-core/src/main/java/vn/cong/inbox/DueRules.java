package vn.cong.inbox;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import vn.cong.calendar.WorkingCalendar;
import vn.cong.catalog.Deadline;
import vn.cong.catalog.DeadlineKind;
import vn.cong.catalog.Rule;
import vn.cong.catalog.Trigger;
import vn.cong.editorial.Item;
import vn.cong.platform.DomainException;

/**
 * When each kind of waiting item is due — every due rule of the inboxes in one place, all counted in office hours
 * of the {@link WorkingCalendar} (lunch, evenings, weekends, holidays and Tết do not count):
 * <table>
 *   <caption>Due rules</caption>
 *   <tr><th>waiting</th><th>counted from</th><th>due after</th><th>why</th></tr>
 *   <tr><td>received, in edit</td><td>receipt (the last submission)</td><td>the unit's editing rule, else 4 working
 *       hours</td><td>MIC Art. 14.1: edited within 4 working hours of receipt — read from the unit's preset
 *       ({@code INFORMATION_RECEIVED} rule); taking the item does not restart the clock</td></tr>
 *   <tr><td>escalated</td><td>the escalation</td><td>8 working hours (one working day)</td><td>the regulations set no
 *       time; a board member or the head decides within the day</td></tr>
 *   <tr><td>approved</td><td>the approval</td><td>1 working hour</td><td>"publish right after approval" (MIC
 *       Art. 13–14, BNV Art. 7.4a) — immediately, with an hour to do it</td></tr>
 *   <tr><td>publication failed</td><td>the failure</td><td>1 working hour</td><td>it should have been public
 *       already</td></tr>
 *   <tr><td>scheduled</td><td>—</td><td>its publication time</td><td>the scheduler's; overdue means it did not
 *       run</td></tr>
 *   <tr><td>rejected</td><td>the rejection</td><td>16 working hours (two working days)</td><td>the author revises and
 *       resubmits, or archives; not a legal deadline, so never reminded</td></tr>
 *   <tr><td>review of a force-published item</td><td>the publication</td><td>8 working hours</td><td>it is already
 *       public: reviewed within the day</td></tr>
 *   <tr><td>amendment of a published item</td><td>its first unpublished save</td><td>the editing rule (4 working
 *       hours)</td><td>as MIC Art. 14.1 for what the secretariat edits</td></tr>
 * </table>
 * Platform choices, not law, are the constants below; changing one changes it for every unit.
 */
public final class DueRules {

    /** MIC Art. 14.1, for units whose preset has no editing rule. */
    public static final Rule MIC_EDITING = Rule.deadline(Trigger.INFORMATION_RECEIVED,
            new Deadline(DeadlineKind.WORKING_HOURS, 4), "MIC Art. 14.1");
    static final Duration ESCALATION = Duration.ofHours(8);
    static final Duration PUBLICATION_AFTER_APPROVAL = Duration.ofHours(1);
    static final Duration FAILED_PUBLICATION = Duration.ofHours(1);
    static final Duration AUTHOR_AFTER_REJECTION = Duration.ofHours(16);
    static final Duration REVIEW = Duration.ofHours(8);

    private final WorkingCalendar calendar;
    private final Rule editing;

    public DueRules(WorkingCalendar calendar, Rule editing) {
        this.calendar = calendar;
        this.editing = editing;
    }

    /**
     * The rules for a unit whose portal rules are {@code portalRules}: its rule on received information with a
     * computable deadline (MIC Art. 14.1 in the MIC preset), or 4 working hours.
     */
    public static DueRules forPortal(List<Rule> portalRules, WorkingCalendar calendar) {
        Rule editing = portalRules.stream()
                .filter(r -> r.trigger() == Trigger.INFORMATION_RECEIVED && r.hasComputableDeadline())
                .findFirst().orElse(MIC_EDITING);
        return new DueRules(calendar, editing);
    }

    /** The rule the editing deadline comes from (its legal basis is shown next to the due time). */
    public Rule editingRule() {
        return editing;
    }

    /** Since when the item has waited for this. */
    public Instant since(Item item, Waiting waiting) {
        return switch (waiting) {
            case RECEIVED, IN_EDIT -> item.getReceivedAt();
            case REVIEW -> item.getPublishedAt() == null ? item.getStateSince() : item.getPublishedAt();
            case AMENDMENT -> item.getAmendment().getSince() == null ? item.getUpdatedAt() : item.getAmendment().getSince();
            default -> item.getStateSince();
        };
    }

    /** When it is due; empty when nothing is due (or the calendar does not cover the year). */
    public Optional<Instant> due(Item item, Waiting waiting) {
        Instant since = since(item, waiting);
        try {
            return switch (waiting) {
                case RECEIVED, IN_EDIT, AMENDMENT -> editing.dueAt(zoned(since), calendar).map(ZonedDateTime::toInstant);
                case ESCALATED -> Optional.of(afterWorking(since, ESCALATION));
                case APPROVED -> Optional.of(afterWorking(since, PUBLICATION_AFTER_APPROVAL));
                case PUBLISH_FAILED -> Optional.of(afterWorking(since, FAILED_PUBLICATION));
                case SCHEDULED -> Optional.ofNullable(item.getScheduledAt());
                case REJECTED -> Optional.of(afterWorking(since, AUTHOR_AFTER_REJECTION));
                case REVIEW -> Optional.of(afterWorking(since, REVIEW));
            };
        } catch (DomainException outsideTheCalendar) {
            return Optional.empty();
        }
    }

    private Instant afterWorking(Instant since, Duration amount) {
        return calendar.addWorkingHours(zoned(since), amount).toInstant();
    }

    private ZonedDateTime zoned(Instant instant) {
        return instant.atZone(calendar.officeHours().zone());
    }
}
