package vn.cong.admin.audit;

import vn.cong.platform.Vietnam;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.cong.admin.shell.BackOffice;
import vn.cong.audit.AuditCsv;
import vn.cong.audit.AuditEvent;
import vn.cong.audit.AuditLog;
import vn.cong.audit.AuditQuery;
import vn.cong.platform.DomainException;

/**
 * Nhật ký: the unit's audit log with filters (actor, action, subject, dates, text), paging and CSV export —
 * for those who may read it ({@link vn.cong.audit.AuditPolicy#maySee}).
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int EXPORT_MAX = 50_000;

    @Inject
    transient BackOffice backOffice;

    @Inject
    transient AuditLog audit;

    private String actor;
    private String action;
    private String subjectType;
    private Long subjectId;
    private LocalDate from;
    private LocalDate to;
    private String text;
    private List<String> actions;
    private final Lines lines = new Lines();

    /** View action: the audit log enforces who may read it; a refusal becomes the error page. */
    public void load() {
        try {
            actions = List.copyOf(audit.actions(backOffice.actor()));
        } catch (DomainException refusal) {
            BackOffice.fail(refusal.status());
        }
    }

    public LazyDataModel<AuditRow> getLines() {
        return lines;
    }

    public List<String> getActions() {
        return actions == null ? List.of() : actions;
    }

    public String search() {
        try {
            query();
        } catch (DomainException e) {
            backOffice.show(e);
        }
        return null;
    }

    /** Writes every matching line (up to {@value #EXPORT_MAX}) as CSV and ends the response. */
    public void export() throws IOException {
        AuditQuery query;
        try {
            query = query();
        } catch (DomainException e) {
            backOffice.show(e);
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"nhat-ky-"
                + backOffice.getUnit().getHostLabel() + "-" + LocalDate.now(Vietnam.ZONE) + ".csv\"");
        Writer out = new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8);
        AuditCsv.write(audit.search(backOffice.actor(), query, 0, EXPORT_MAX), List.of(backOffice.label("audit.time"),
                backOffice.label("audit.actor"), backOffice.label("audit.address"), backOffice.label("audit.action"),
                backOffice.label("audit.subject"), backOffice.label("audit.change"), backOffice.label("audit.detail")),
                Vietnam.ZONE, out);
        faces.responseComplete();
    }

    AuditQuery query() {
        Instant start = from == null ? null : from.atStartOfDay(Vietnam.ZONE).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(Vietnam.ZONE).toInstant();
        AuditQuery query = new AuditQuery(actor, action, subjectType, subjectId, start, end, text);
        if (start != null && end != null && !start.isBefore(end)) {
            throw new DomainException(422, "audit.date.invalid");
        }
        return query;
    }

    /** One line as the table shows it (serialisable, unlike the entity). */
    public record AuditRow(long id, Instant occurredAt, String actorName, String address, String action,
                           String subjectType, Long subjectId, String fromState, String toState, String detail)
            implements Serializable {

        static AuditRow of(AuditEvent e) {
            return new AuditRow(e.getId(), e.getOccurredAt(), e.getActorName(), e.getAddress(), e.getAction(),
                    e.getSubjectType(), e.getSubjectId(), e.getFromState(), e.getToState(), e.getDetail());
        }
    }

    private class Lines extends LazyDataModel<AuditRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, audit.count(backOffice.actor(), safeQuery()));
        }

        @Override
        public List<AuditRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return audit.search(backOffice.actor(), safeQuery(), first, pageSize).stream().map(AuditRow::of).toList();
        }

        @Override
        public String getRowKey(AuditRow row) {
            return String.valueOf(row.id());
        }

        private AuditQuery safeQuery() {
            try {
                return query();
            } catch (DomainException e) {
                return AuditQuery.ALL;
            }
        }
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public void setSubjectType(String subjectType) {
        this.subjectType = subjectType;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(Long subjectId) {
        this.subjectId = subjectId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
