package vn.cong.admin.provisioning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.PrimeFaces;
import vn.cong.admin.shell.BackOffice;
import vn.cong.platform.DomainException;
import vn.cong.provisioning.importing.ImportMessages;
import vn.cong.provisioning.register.ReformMapping;
import vn.cong.provisioning.reform.Reforms;
import vn.cong.tenancy.ReformRun;
import vn.cong.tenancy.ReformStep;

/**
 * Sắp xếp theo danh mục mới (the 2025 reform) for the platform's operator: the decision, all new provinces or some,
 * the preview — per new province what will be carried on, merged, shared out, opened and retired among the portals
 * the platform has —, confirm, and watch the background job take province after province. The run is the page's
 * {@code ?id=}, so a reload or a return later finds it; the rules are {@link Reforms}'.
 */
@Named
@ViewScoped
public class ReformPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BackOffice backOffice;

    @Inject
    transient Reforms reforms;

    private Long id;
    private String decisionNo;
    private LocalDate decisionDate;
    private LocalDate effectiveOn;
    private List<String> provinces = new ArrayList<>();
    private transient ReformRun current;
    private transient List<StepLine> steps;

    /** One new province of the run, in the person's language. */
    public record StepLine(int stepNo, String code, String name, int before, int after, int relocated, int merged,
                           int sharedOut, int opened, int districts, String outcome, String outcomeLabel,
                           String reason) implements Serializable {
    }

    /** A new province to choose. */
    public record Province(String code, String name) implements Serializable {
    }

    public void load() {
        if (!reforms.mayReform(backOffice.account())) {
            BackOffice.fail(403);
            return;
        }
        try {
            current = null;
            getCurrent();
        } catch (DomainException e) {
            BackOffice.fail(e.status());
        }
    }

    /** The preview; then the page shows it at its own address. */
    public String plan() {
        try {
            ReformRun planned = reforms.plan(backOffice.account(), new Reforms.ReformRequest(ReformMapping.REFORM_2025,
                    decisionNo, decisionDate, effectiveOn, provinces));
            return "/admin/reform.xhtml?faces-redirect=true&id=" + planned.getId();
        } catch (DomainException e) {
            return backOffice.show(e);
        }
    }

    public String confirm() {
        try {
            current = reforms.start(backOffice.account(), id);
            return null;
        } catch (DomainException e) {
            return backOffice.show(e);
        }
    }

    /** Polled while the job runs; tells the page to stop polling once it is done. */
    public void refresh() {
        current = reforms.view(backOffice.account(), id);
        steps = null;
        PrimeFaces.current().ajax().addCallbackParam("done", current.getState() == ReformRun.State.DONE);
    }

    public List<StepLine> getSteps() {
        if (steps == null) {
            String language = backOffice.getLanguage();
            steps = id == null ? List.of() : reforms.steps(backOffice.account(), id, null, 0, 100).stream()
                    .map(s -> new StepLine(s.getStepNo(), s.getProvinceCode(), s.getProvinceName(), s.getUnitsBefore(),
                            s.getUnitsAfter(), s.getRelocated(), s.getMerged(), s.getSharedOut(), s.getOpened(),
                            s.getRetired(), s.getOutcome().name(),
                            backOffice.label("reform.outcome." + s.getOutcome().name()),
                            s.getMessageKey() == null ? ""
                                    : ImportMessages.of(s.getMessageKey(), s.messageArguments(), language)))
                    .toList();
        }
        return steps;
    }

    /** The run's figures over its provinces: units before, after, and what happens to them. */
    public StepLine getTotal() {
        List<StepLine> all = getSteps();
        return new StepLine(0, "", backOffice.label("reform.total"), all.stream().mapToInt(StepLine::before).sum(),
                all.stream().mapToInt(StepLine::after).sum(), all.stream().mapToInt(StepLine::relocated).sum(),
                all.stream().mapToInt(StepLine::merged).sum(), all.stream().mapToInt(StepLine::sharedOut).sum(),
                all.stream().mapToInt(StepLine::opened).sum(), all.stream().mapToInt(StepLine::districts).sum(), "",
                "", "");
    }

    public List<Province> getChoices() {
        return reforms.mapping(ReformMapping.REFORM_2025).provinces().stream()
                .map(p -> new Province(p.code(), p.name())).toList();
    }

    public List<ReformRun> getRecent() {
        return reforms.recent(backOffice.account(), 10);
    }

    public int getPercent() {
        ReformRun shown = getCurrent();
        return shown == null || shown.getTotalSteps() == 0 ? 0
                : (int) Math.min(100, 100L * shown.getFinishedSteps() / shown.getTotalSteps());
    }

    public boolean isPlanned() {
        return getCurrent() != null && getCurrent().getState() == ReformRun.State.PLANNED;
    }

    public boolean isRunning() {
        return getCurrent() != null && getCurrent().getState() == ReformRun.State.RUNNING;
    }

    public boolean isDone() {
        return getCurrent() != null && getCurrent().getState() == ReformRun.State.DONE;
    }

    /** Provinces the job will take: what the preview did not find empty. */
    public int getToApply() {
        ReformRun shown = getCurrent();
        return shown == null ? 0 : shown.getTotalSteps() - shown.getFinishedSteps();
    }

    public String stateLabel(ReformRun run) {
        return backOffice.label("reform.state." + run.getState().name());
    }

    public String dateTime(ReformRun run) {
        return backOffice.dateTime(run.getPlannedAt());
    }

    public ReformRun getCurrent() {
        if (current == null && id != null) {
            current = reforms.view(backOffice.account(), id);
        }
        return current;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getDecisionNo() {
        return decisionNo;
    }

    public void setDecisionNo(String decisionNo) {
        this.decisionNo = decisionNo;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public void setDecisionDate(LocalDate decisionDate) {
        this.decisionDate = decisionDate;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public List<String> getProvinces() {
        return provinces;
    }

    public void setProvinces(List<String> provinces) {
        this.provinces = provinces == null ? new ArrayList<>() : new ArrayList<>(provinces);
    }
}
