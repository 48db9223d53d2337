package vn.cong.editorial;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.cong.platform.TenantOwned;
import vn.cong.platform.VietnameseText;

/**
 * A unit's own version of a rejection reason: with a platform code it renames or disables that reason for the
 * unit; with a new code it adds a reason of the unit's own regulation. See {@link ReasonCatalog}.
 */
@Entity
@Table(name = "unit_rejection_reason")
public class UnitRejectionReason extends TenantOwned {

    @Column(nullable = false)
    private String code;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "legal_basis", nullable = false)
    private String legalBasis;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected UnitRejectionReason() {
    }

    public UnitRejectionReason(String code, String nameVi, String nameEn, String legalBasis, boolean enabled,
                               int sortOrder) {
        this.code = code;
        this.nameVi = VietnameseText.nfc(nameVi);
        this.nameEn = VietnameseText.nfc(nameEn);
        this.legalBasis = VietnameseText.nfc(legalBasis);
        this.enabled = enabled;
        this.sortOrder = sortOrder;
    }

    public void enable(boolean on) {
        this.enabled = on;
    }

    public String getCode() {
        return code;
    }

    public String getNameVi() {
        return nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
