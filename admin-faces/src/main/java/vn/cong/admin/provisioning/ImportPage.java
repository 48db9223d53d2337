package vn.cong.admin.provisioning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import vn.cong.admin.shell.BackOffice;
import vn.cong.platform.DomainException;
import vn.cong.provisioning.importing.ImportMessages;
import vn.cong.provisioning.importing.UnitImports;
import vn.cong.tenancy.UnitImport;
import vn.cong.tenancy.UnitImportRow;

/**
 * Nhập danh mục đơn vị: upload the official list (JSON) or a CSV/XLSX table, read the dry run — every unit under
 * this host's unit with its hostname, or why it is skipped or refused, with its row number — confirm, and watch the
 * background job's progress; then download the report. The import is the page's {@code ?id=}, so a reload or a
 * return later finds it; the rules are {@link UnitImports}'.
 */
@Named
@ViewScoped
public class ImportPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    transient BackOffice backOffice;

    @Inject
    transient UnitImports imports;

    private Long id;
    /** Entities, re-read when the view comes back from serialisation. */
    private transient UnitImport current;
    private transient List<UnitImport> recent;
    private transient UploadedFile file;
    private String outcome = "";
    private final Rows rows = new Rows();

    /** One row of the dry run or the report, in the person's language. */
    public record RowLine(int rowNo, String code, String name, String level, String hostname, String outcome,
                          String outcomeLabel, String reason) implements Serializable {
    }

    public void load() {
        if (!NewUnitMenu.mayOpen(backOffice)) {
            BackOffice.fail(403);
            return;
        }
        try {
            current = null;
            getCurrent();
            getRecent();
        } catch (DomainException e) {
            BackOffice.fail(e.status());
        }
    }

    /** The dry run of the uploaded file; then the page shows it (its own address, so a reload does not re-upload). */
    public String plan() {
        try {
            if (file == null || file.getSize() == 0) {
                throw new DomainException(422, "import.file.empty");
            }
            UnitImport planned = imports.plan(backOffice.account(), backOffice.getUnit().getId(), file.getFileName(),
                    file.getContent());
            return "/admin/unit-import.xhtml?faces-redirect=true&id=" + planned.getId();
        } catch (DomainException e) {
            return backOffice.show(e);
        }
    }

    public String confirm() {
        try {
            current = imports.start(backOffice.account(), id);
            return null;
        } catch (DomainException e) {
            return backOffice.show(e);
        }
    }

    /** Polled while the job runs; tells the page to stop polling once it is done. */
    public void refresh() {
        current = imports.view(backOffice.account(), id);
        PrimeFaces.current().ajax().addCallbackParam("done", current.getState() == UnitImport.State.DONE);
    }

    public StreamedContent getReport() {
        return DefaultStreamedContent.builder().name("nhap-danh-muc-" + id + ".xlsx").contentType(XLSX)
                .stream(() -> new ByteArrayInputStream(imports.report(backOffice.account(), id))).build();
    }

    public int getPercent() {
        UnitImport shown = getCurrent();
        return shown == null || shown.getTotalRows() == 0 ? 0
                : (int) Math.min(100, 100L * shown.getDoneRows() / shown.getTotalRows());
    }

    public boolean isPlanned() {
        return getCurrent() != null && getCurrent().getState() == UnitImport.State.PLANNED;
    }

    public boolean isRunning() {
        return getCurrent() != null && getCurrent().getState() == UnitImport.State.RUNNING;
    }

    public boolean isDone() {
        return getCurrent() != null && getCurrent().getState() == UnitImport.State.DONE;
    }

    /** Rows the job will open: what is neither skipped nor refused by the dry run. */
    public int getToCreate() {
        UnitImport shown = getCurrent();
        return shown == null ? 0 : shown.getTotalRows() - shown.getSkippedRows() - shown.getRefusedRows()
                - shown.getCreatedRows();
    }

    public String stateLabel(UnitImport unitImport) {
        return backOffice.label("unit-import.state." + unitImport.getState().name());
    }

    public String dateTime(UnitImport unitImport) {
        return backOffice.dateTime(unitImport.getPlannedAt());
    }

    private class Rows extends LazyDataModel<RowLine> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return id == null ? 0 : (int) imports.countRows(backOffice.account(), id, chosenOutcome());
        }

        @Override
        public List<RowLine> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                  Map<String, FilterMeta> filterBy) {
            if (id == null) {
                return List.of();
            }
            String language = backOffice.getLanguage();
            return imports.rows(backOffice.account(), id, chosenOutcome(), first, pageSize).stream()
                    .map(row -> new RowLine(row.getRowNo(), row.getOfficialCode(), row.getOfficialName(),
                            row.getLevel() == null ? "" : "en".equals(language) ? row.getLevel().nameEn()
                                    : row.getLevel().nameVi(),
                            row.getHostname() == null ? "" : row.getHostname(), row.getOutcome().name(),
                            backOffice.label("unit-import.outcome." + row.getOutcome().name()),
                            row.getMessageKey() == null ? "" : ImportMessages.of(row, language)))
                    .toList();
        }

        @Override
        public String getRowKey(RowLine row) {
            return String.valueOf(row.rowNo());
        }
    }

    private UnitImportRow.Outcome chosenOutcome() {
        return outcome == null || outcome.isBlank() ? null : UnitImportRow.Outcome.valueOf(outcome);
    }

    public LazyDataModel<RowLine> getRows() {
        return rows;
    }

    public List<UnitImport> getRecent() {
        if (recent == null) {
            recent = imports.recent(backOffice.account(), backOffice.getUnit().getId(), 10);
        }
        return recent;
    }

    public UnitImport getCurrent() {
        if (current == null && id != null) {
            current = imports.view(backOffice.account(), id);
        }
        return current;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getOutcome() {
        return outcome;
    }

    /** Only the four outcomes or none: a forged value shows every row. */
    public void setOutcome(String outcome) {
        this.outcome = outcome != null && List.of("PENDING", "CREATED", "SKIPPED", "REFUSED").contains(outcome)
                ? outcome : "";
    }
}
