package vn.cong.admin.provisioning;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.cong.admin.shell.BackOffice;
import vn.cong.platform.DomainException;
import vn.cong.provisioning.control.ProvisioningPolicy;
import vn.cong.provisioning.control.UnitReading;
import vn.cong.provisioning.reorganising.MergePlan;
import vn.cong.provisioning.reorganising.MergeRequest;
import vn.cong.provisioning.reorganising.MergeResult;
import vn.cong.provisioning.reorganising.Reorganisations;
import vn.cong.tenancy.Unit;

/**
 * Sắp xếp đơn vị (the DIC administrator, the operator): the units under this unit, or under one of its units, that a
 * decision merges — into one of them, or into the unit above them (a retirement into the parent's portal); the
 * decision; what happens to accounts. A preview first, then one operation ({@link Reorganisations}).
 */
@Named
@ViewScoped
public class MergePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BackOffice backOffice;

    @Inject
    transient UnitReading reading;

    @Inject
    transient Reorganisations reorganisations;

    private List<SelectItem> areas;
    private Long withinParam;
    private long withinId;
    private List<SelectItem> candidates;
    private List<Long> predecessorIds = new ArrayList<>();
    private Long successorId;
    private String decisionNo;
    private LocalDate decisionDate;
    private LocalDate effectiveOn;
    private String accounts = "CARRY";
    private String content = "MOVE";
    private MergePlan plan;
    private MergeResult result;

    public void load() {
        if (backOffice.actor() == null || !ProvisioningPolicy.mayReorganise(backOffice.actor())) {
            BackOffice.fail(403);
            return;
        }
        if (areas != null) {
            return;
        }
        Unit host = backOffice.getUnit();
        areas = new ArrayList<>();
        areas.add(new SelectItem(host.getId(), describe(host)));
        for (Unit child : active(host.getId())) {
            if (!child.getLevel().allowedChildren().isEmpty()) {
                areas.add(new SelectItem(child.getId(), describe(child)));
            }
        }
        withinId = areas.stream().map(a -> (Long) a.getValue()).filter(id -> id.equals(withinParam)).findFirst()
                .orElse(host.getId());
        refreshCandidates();
    }

    /** The area's units are the candidates, the area itself a possible successor. */
    private void refreshCandidates() {
        candidates = new ArrayList<>();
        for (Unit unit : active(withinId)) {
            candidates.add(new SelectItem(unit.getId(), describe(unit)));
        }
        predecessorIds = new ArrayList<>();
        successorId = null;
        plan = null;
    }

    public List<SelectItem> getSuccessors() {
        List<SelectItem> successors = new ArrayList<>();
        Unit within = reading.unit(backOffice.account(), withinId);
        successors.add(new SelectItem(within.getId(), backOffice.label("unit-merge.into-parent", describe(within))));
        successors.addAll(candidates);
        return successors;
    }

    public String preview() {
        try {
            plan = reorganisations.preview(backOffice.account(), request());
            return null;
        } catch (DomainException e) {
            plan = null;
            return backOffice.show(e);
        }
    }

    public String apply() {
        try {
            result = reorganisations.merge(backOffice.account(), request(), backOffice.address());
            plan = null;
            return null;
        } catch (DomainException e) {
            return backOffice.show(e);
        }
    }

    /** Another reorganisation: the form again, in the same area. */
    public String another() {
        result = null;
        refreshCandidates();
        return null;
    }

    private MergeRequest request() {
        return new MergeRequest(predecessorIds, successorId, null, decisionNo, decisionDate, effectiveOn, content,
                accounts);
    }

    private List<Unit> active(long parentId) {
        return reading.children(backOffice.account(), parentId).stream().filter(Unit::isActive).toList();
    }

    private String describe(Unit unit) {
        return unit.displayName(backOffice.getLanguage()) + " · " + unit.getHostLabel();
    }

    public String getSuccessorUrl() {
        return result == null ? "" : backOffice.portalUrl(result.successorHostname());
    }

    public List<SelectItem> getAreas() {
        return areas;
    }

    public List<SelectItem> getCandidates() {
        return candidates;
    }

    public long getWithinId() {
        return withinId;
    }

    /** {@code ?within=}: one of the areas offered, else this unit. */
    public Long getWithinParam() {
        return withinParam;
    }

    public void setWithinParam(Long withinParam) {
        this.withinParam = withinParam;
    }

    public List<Long> getPredecessorIds() {
        return predecessorIds;
    }

    public void setPredecessorIds(List<Long> predecessorIds) {
        this.predecessorIds = predecessorIds == null ? new ArrayList<>() : new ArrayList<>(predecessorIds);
    }

    public Long getSuccessorId() {
        return successorId;
    }

    public void setSuccessorId(Long successorId) {
        this.successorId = successorId;
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

    public String getAccounts() {
        return accounts;
    }

    public void setAccounts(String accounts) {
        this.accounts = accounts;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public MergePlan getPlan() {
        return plan;
    }

    public MergeResult getResult() {
        return result;
    }
}
