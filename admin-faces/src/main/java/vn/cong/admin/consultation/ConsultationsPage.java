package vn.cong.admin.consultation;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.cong.admin.shell.BackOffice;
import vn.cong.admin.shell.Labels;
import vn.cong.consultation.CommentState;
import vn.cong.consultation.Consultation;
import vn.cong.consultation.ConsultationPolicy;
import vn.cong.consultation.ConsultationStatus;
import vn.cong.consultation.Consultations;
import vn.cong.platform.DomainException;
import vn.cong.platform.Vietnam;

/**
 * Lấy ý kiến dự thảo — the unit's consultations on drafts, newest opening first, read a page at a time from
 * {@link Consultations} (each with its draft's title, period, status today, comments by state and whether the outcome
 * is published), and the form that opens one for a draft item of the unit with its terms. The secretariat, the head
 * and deputy heads ({@link ConsultationPolicy#mayManage}); 403 for anyone else.
 */
@Named
@ViewScoped
public class ConsultationsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    transient BackOffice backOffice;

    @Inject
    transient Consultations consultations;

    @Inject
    transient DraftChoices drafts;

    @Inject
    transient Clock clock;

    private final Table table = new Table();
    private TermsForm terms;
    private Long itemId;
    private List<DraftChoices.Choice> choices;

    /** View action: the secretariat's and the heads' (403 for anyone else); the opening form's first values. */
    public void load() {
        if (!ConsultationPolicy.mayManage(backOffice.actor())) {
            BackOffice.fail(403);
            return;
        }
        if (terms == null) {
            terms = TermsForm.startingFor(backOffice.getUnit(), clock.instant().atZone(Vietnam.ZONE).toLocalDate());
        }
    }

    /** One line of the list (serialisable, unlike the service's row). */
    public record Row(long id, long itemId, String title, LocalDate opensOn, LocalDate closesOn,
                      ConsultationStatus status, long pending, long visible, long hidden, long rejected,
                      boolean outcomePublished) implements Serializable {

        static Row of(Consultations.Row row) {
            Map<CommentState, Long> c = row.comments();
            return new Row(row.id(), row.itemId(), row.title(), row.opensOn(), row.closesOn(), row.status(),
                    c.getOrDefault(CommentState.PENDING, 0L), c.getOrDefault(CommentState.VISIBLE, 0L),
                    c.getOrDefault(CommentState.HIDDEN, 0L), c.getOrDefault(CommentState.REJECTED, 0L),
                    row.outcomePublished());
        }
    }

    public LazyDataModel<Row> getTable() {
        return table;
    }

    /** The drafts without a consultation, to choose from (read once for the view). */
    public List<DraftChoices.Choice> getChoices() {
        if (choices == null) {
            choices = drafts.unopened(backOffice.actor());
        }
        return choices;
    }

    public String choiceLabel(DraftChoices.Choice choice) {
        return choice.title() + " — " + backOffice.label("state." + choice.state().name());
    }

    /** Opens the chosen draft's consultation; its page then (a redirect), or the refusal with what was typed. */
    public String open() {
        if (itemId == null) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    backOffice.label("consultations.open.choose"), null));
            return null;
        }
        try {
            Consultation opened = consultations.open(backOffice.actor(), itemId, terms.read(), backOffice.address());
            Labels.flash(backOffice.getLanguage(), "consultations.opened");
            return "/admin/consultation.xhtml?faces-redirect=true&id=" + opened.getId();
        } catch (DomainException e) {
            choices = null;
            return backOffice.show(e);
        }
    }

    public String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    public TermsForm getTerms() {
        return terms;
    }

    public Long getItemId() {
        return itemId;
    }

    public void setItemId(Long itemId) {
        this.itemId = itemId;
    }

    /** The list a page at a time: the count and one page, each a query of {@link Consultations}. */
    private class Table extends LazyDataModel<Row> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, consultations.count(backOffice.actor()));
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                              Map<String, FilterMeta> filterBy) {
            return consultations.list(backOffice.actor(), first, pageSize).stream().map(Row::of).toList();
        }

        @Override
        public String getRowKey(Row row) {
            return String.valueOf(row.id());
        }
    }
}
