package vn.cong.admin.interaction;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.cong.admin.shell.BackOffice;
import vn.cong.admin.shell.Labels;
import vn.cong.board.BoardDirectory;
import vn.cong.board.SubjectField;
import vn.cong.interaction.DeskRow;
import vn.cong.interaction.Lateness;
import vn.cong.interaction.QuestionAction;
import vn.cong.interaction.QuestionDesk;
import vn.cong.interaction.QuestionHandling;
import vn.cong.interaction.QuestionPolicy;
import vn.cong.interaction.QuestionState;
import vn.cong.platform.DomainException;

/**
 * Hỏi đáp — the unit's Q&amp;A desk ({@code ?filter=}: the questions waiting for someone by default, one state, or
 * all): the queue oldest due first, read a page at a time from {@link QuestionDesk} (a unit may hold thousands), the
 * lateness in words, the asker masked; answered questions ticked and published together by those who may publish.
 */
@Named
@ViewScoped
public class QuestionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The name of the rows' checkboxes. */
    static final String SELECTED = "selected";

    @Inject
    transient BackOffice backOffice;

    @Inject
    transient QuestionDesk desk;

    @Inject
    transient QuestionHandling handling;

    @Inject
    transient BoardDirectory board;

    private String filter;
    private final Queue queue = new Queue();
    private transient Map<String, String> fieldNames;

    /** View action: the desk is its secretariat's, heads' and responders' (403 for anyone else). */
    public void load() {
        if (!QuestionPolicy.maySeeDesk(backOffice.actor())) {
            BackOffice.fail(403);
        }
    }

    /** One line of the queue as the table shows it (serialisable, unlike the desk's row). */
    public record QueueRow(long id, String code, String subject, String fieldCode, QuestionState state,
                           Instant receivedAt, Instant dueAt, Lateness lateness, String askerName,
                           String transferredFromCode) implements Serializable {

        static QueueRow of(DeskRow row) {
            return new QueueRow(row.id(), row.code().toString(), row.subject(), row.fieldCode(), row.state(),
                    row.receivedAt(), row.dueAt(), row.lateness(), row.askerName(), row.transferredFromCode());
        }
    }

    public LazyDataModel<QueueRow> getQueue() {
        return queue;
    }

    /** The filters offered, in the order the links show them. */
    public QuestionDesk.Filter[] getFilters() {
        return QuestionDesk.Filter.values();
    }

    /** The filter in force: the one the address names, else the questions waiting. */
    public QuestionDesk.Filter getChosen() {
        if (filter != null) {
            for (QuestionDesk.Filter each : QuestionDesk.Filter.values()) {
                if (each.name().equalsIgnoreCase(filter.strip())) {
                    return each;
                }
            }
        }
        return QuestionDesk.Filter.WAITING;
    }

    /** Publishing ticked answers is offered to those who may publish (the service checks each question). */
    public boolean isMayPublish() {
        return QuestionPolicy.can(backOffice.actor(), QuestionAction.PUBLISH);
    }

    /** A row gets a checkbox when its answer could be published now. */
    public boolean publishable(QueueRow row) {
        return isMayPublish() && QuestionAction.PUBLISH.from(row.state()).isPresent();
    }

    public String fieldName(String code) {
        if (code == null) {
            return "";
        }
        if (fieldNames == null) {
            fieldNames = new HashMap<>();
            for (SubjectField field : board.fields()) {
                fieldNames.put(field.getCode(), field.name(backOffice.getLanguage()));
            }
        }
        return fieldNames.getOrDefault(code, code);
    }

    /** Publishes the ticked answers together — all or none (the refusal names the first that cannot be). */
    public String publish() {
        List<Long> ids = selectedIds();
        try {
            int published = handling.publish(backOffice.actor(), ids, backOffice.address()).size();
            Labels.flash(backOffice.getLanguage(), "questions.published", published);
            return "/admin/questions.xhtml?faces-redirect=true&filter=" + getChosen().name();
        } catch (DomainException e) {
            return backOffice.show(e);
        }
    }

    private static List<Long> selectedIds() {
        String[] values = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap()
                .get(SELECTED);
        List<Long> ids = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                try {
                    ids.add(Long.parseLong(value.strip()));
                } catch (NumberFormatException e) {
                    // not an id: nothing to publish
                }
            }
        }
        return ids;
    }

    /** The desk's queue a page at a time: the count and one page, each a query of the desk. */
    private class Queue extends LazyDataModel<QueueRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, desk.count(backOffice.actor(), getChosen()));
        }

        @Override
        public List<QueueRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                   Map<String, FilterMeta> filterBy) {
            return desk.queue(backOffice.actor(), getChosen(), first, pageSize).stream().map(QueueRow::of).toList();
        }

        @Override
        public String getRowKey(QueueRow row) {
            return String.valueOf(row.id());
        }
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }
}
