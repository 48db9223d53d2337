package vn.cong.admin.board;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.cong.admin.shell.BackOffice;
import vn.cong.board.BoardPolicy;
import vn.cong.editorial.ReasonCatalog;
import vn.cong.editorial.RejectionChoice;
import vn.cong.platform.DomainException;

/**
 * Lý do từ chối: the unit's version of the regulation's list of rejection reasons — turn a reason off, turn it
 * back on, add one of the unit's own regulation. The unit administrator's page.
 */
@Named
@ViewScoped
public class ReasonsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BackOffice backOffice;

    @Inject
    transient ReasonCatalog reasons;

    private String nameVi;
    private String nameEn;
    private String legalBasis;

    public void load() {
        if (!BoardPolicy.canManage(backOffice.actor())) {
            BackOffice.fail(403);
        }
    }

    public List<RejectionChoice> getReasons() {
        return reasons.allRejectionReasons();
    }

    public String toggle(String code, boolean enabled) {
        try {
            reasons.enableRejectionReason(backOffice.actor(), code, enabled, backOffice.address());
            return "/admin/reasons.xhtml?faces-redirect=true";
        } catch (DomainException e) {
            return backOffice.show(e);
        }
    }

    public String add() {
        try {
            reasons.addRejectionReason(backOffice.actor(), nameVi, nameEn, legalBasis, backOffice.address());
            return "/admin/reasons.xhtml?faces-redirect=true";
        } catch (DomainException e) {
            return backOffice.show(e);
        }
    }

    public String getNameVi() {
        return nameVi;
    }

    public void setNameVi(String nameVi) {
        this.nameVi = nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }
}
