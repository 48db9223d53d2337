package vn.cong.admin.editorial;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.cong.admin.shell.BackOffice;
import vn.cong.audit.AuditEvent;
import vn.cong.audit.AuditLog;
import vn.cong.editorial.EditorialService;
import vn.cong.editorial.Item;
import vn.cong.editorial.RejectionReason;
import vn.cong.editorial.Workflow;
import vn.cong.editorial.WorkflowAction;
import vn.cong.editorial.WorkflowPolicy;
import vn.cong.platform.DomainException;

/** An item as the board sees it, with its history, and the secretariat's publish / reject decision. */
@Named
@ViewScoped
public class ItemReview implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BackOffice backOffice;

    @Inject
    transient EditorialService editorial;

    @Inject
    transient AuditLog audit;

    private Long id;
    private String reason;
    private String note;
    private transient Item item;

    public void load() {
        try {
            item = id == null ? null : editorial.require(id, backOffice.actor());
            if (item == null) {
                BackOffice.fail(404);
            }
        } catch (DomainException e) {
            BackOffice.fail(e.status());
        }
    }

    public Item getItem() {
        if (item == null && id != null) {
            item = editorial.require(id, backOffice.actor());
        }
        return item;
    }

    public List<AuditEvent> getHistory() {
        return audit.forSubject(EditorialService.SUBJECT, id);
    }

    public List<RejectionReason> getReasons() {
        return editorial.rejectionReasons();
    }

    public boolean isMayDecide() {
        return WorkflowPolicy.can(backOffice.actor(), WorkflowAction.PUBLISH, getItem())
                && Workflow.permits(getItem().getState(), WorkflowAction.PUBLISH);
    }

    public boolean isMayEdit() {
        return WorkflowPolicy.canEdit(backOffice.actor(), getItem());
    }

    public String publish() {
        return decide(WorkflowAction.PUBLISH);
    }

    public String reject() {
        return decide(WorkflowAction.REJECT);
    }

    private String decide(WorkflowAction action) {
        try {
            item = editorial.transition(backOffice.actor(), id, action, reason, note, backOffice.address());
            return "/admin/item-view.xhtml?faces-redirect=true&id=" + id;
        } catch (DomainException e) {
            return backOffice.show(e);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
