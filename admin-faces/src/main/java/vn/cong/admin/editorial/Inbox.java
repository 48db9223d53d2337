package vn.cong.admin.editorial;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.cong.admin.shell.BackOffice;
import vn.cong.editorial.BulkTransitions;
import vn.cong.editorial.Item;
import vn.cong.editorial.ItemState;
import vn.cong.editorial.ItemTransitions;
import vn.cong.editorial.ReasonCatalog;
import vn.cong.editorial.RejectionChoice;
import vn.cong.editorial.Transition;
import vn.cong.editorial.WorkflowAction;
import vn.cong.editorial.WorkflowPolicy;
import vn.cong.inbox.InboxRow;
import vn.cong.inbox.InboxSection;
import vn.cong.inbox.Inboxes;
import vn.cong.interaction.QuestionSection;
import vn.cong.platform.DomainException;

/**
 * Hộp việc: the person's inbox ({@link Inboxes}: per role, oldest-due first, with age, due time and overdue marked)
 * and its bulk actions — several items ticked, one action, each item checked by the workflow policy on its own, one
 * message per item; below them the citizens' questions waiting for the person ({@link Inboxes#questions}), each a
 * link to the question on the Q&amp;A desk with its lateness.
 */
@Named
@RequestScoped
public class Inbox {

    /** The name of the checkboxes of the rows. */
    static final String SELECTED = "selected";

    @Inject
    BackOffice backOffice;

    @Inject
    Inboxes inboxes;

    @Inject
    BulkTransitions bulk;

    @Inject
    ReasonCatalog reasons;

    private List<InboxSection> sections;
    private List<QuestionSection> questionSections;
    private Set<WorkflowAction> offered;
    private Map<String, RejectionChoice> reasonsByCode;

    public List<InboxSection> getSections() {
        if (sections == null) {
            sections = inboxes.of(backOffice.actor());
        }
        return sections;
    }

    /** The lists of citizens' questions that wait for the person (none shows empty). */
    public List<QuestionSection> getQuestionSections() {
        if (questionSections == null) {
            questionSections = inboxes.questions(backOffice.actor());
        }
        return questionSections;
    }

    /** The bulk bar shows only when some listed item allows a bulk action. */
    public boolean isAnyBulk() {
        offersBulk(WorkflowAction.TAKE.name());
        return !offered.isEmpty();
    }

    /** A bulk action is offered when the policy allows it on at least one listed item. */
    public boolean offersBulk(String action) {
        if (offered == null) {
            offered = EnumSet.noneOf(WorkflowAction.class);
            for (InboxSection section : getSections()) {
                for (InboxRow row : section.rows()) {
                    Set<WorkflowAction> available = WorkflowPolicy.available(backOffice.actor(), row.item());
                    available.retainAll(BulkTransitions.ACTIONS);
                    offered.addAll(available);
                }
            }
        }
        return offered.contains(WorkflowAction.valueOf(action));
    }

    /** Fires {@code action} on every ticked item; a refusal of one never stops the others. */
    public String bulk(String action) {
        WorkflowAction chosen = WorkflowAction.valueOf(action);
        Map<Long, String> titles = titles();
        List<Long> ids = selectedIds();
        try {
            List<BulkTransitions.Outcome> outcomes = bulk.apply(backOffice.actor(), ids, Transition.of(chosen),
                    backOffice.address());
            String label = backOffice.label("action." + chosen.name());
            for (BulkTransitions.Outcome outcome : outcomes) {
                String title = outcome.title() != null ? outcome.title()
                        : titles.getOrDefault(outcome.itemId(), "#" + outcome.itemId());
                message(outcome.succeeded() ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_ERROR,
                        outcome.succeeded() ? backOffice.label("bulk.done", title, label)
                                : backOffice.label("bulk.refused", title, outcome.message(backOffice.getLanguage())));
            }
        } catch (DomainException e) {
            backOffice.show(e);
        }
        sections = null;
        offered = null;
        return null;
    }

    private List<Long> selectedIds() {
        String[] values = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap()
                .get(SELECTED);
        List<Long> ids = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                try {
                    ids.add(Long.parseLong(value.strip()));
                } catch (NumberFormatException e) {
                    // not an id: nothing to act on
                }
            }
        }
        return ids;
    }

    private Map<Long, String> titles() {
        Map<Long, String> titles = new LinkedHashMap<>();
        getSections().forEach(s -> s.rows().forEach(r -> titles.putIfAbsent(r.item().getId(), r.item().getTitle())));
        return titles;
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    /** How long it has waited: "3 ngày 2 giờ", "2 giờ 15 phút", "5 phút". */
    public String age(InboxRow row) {
        Duration age = row.age();
        long days = age.toDays();
        if (days > 0) {
            return backOffice.label("inbox.age.days", days, age.toHoursPart());
        }
        if (age.toHours() > 0) {
            return backOffice.label("inbox.age.hours", age.toHours(), age.toMinutesPart());
        }
        return backOffice.label("inbox.age.minutes", age.toMinutes());
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
            case REJECTED -> reasonName(item.getRejection().getReason())
                    + (item.getRejection().getNote() == null ? "" : " — " + item.getRejection().getNote());
            case PUBLISH_FAILED -> ItemTransitions.failureMessage(item, backOffice.getLanguage());
            case SCHEDULED -> backOffice.dateTime(item.getScheduledAt());
            case PUBLISHED -> item.getAmendment().isPending() ? backOffice.label("inbox.amendment-pending") : "";
            default -> "";
        };
    }

    /** Alert states shown in red. */
    public boolean isAlert(Item item) {
        return EnumSet.of(ItemState.PUBLISH_FAILED, ItemState.REJECTED).contains(item.getState())
                || item.getForcePublication().isReviewPending();
    }
}
