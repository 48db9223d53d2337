package vn.cong.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.cong.platform.TenantOwned;
import vn.cong.platform.VietnameseText;

/**
 * A subject field (lĩnh vực) of a unit — "Kinh tế", "Văn hóa - Xã hội"… Board members are assigned by field
 * (MIC Art. 13.3) and an item of a field is escalated to the member who covers it. Data per unit.
 */
@Entity
@Table(name = "subject_field")
public class SubjectField extends TenantOwned {

    @Column(nullable = false)
    private String code;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected SubjectField() {
    }

    public SubjectField(String code, String nameVi, String nameEn, int sortOrder) {
        this.code = code;
        this.nameVi = VietnameseText.nfc(nameVi);
        this.nameEn = VietnameseText.nfc(nameEn == null || nameEn.isBlank() ? nameVi : nameEn);
        this.sortOrder = sortOrder;
    }

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameVi;
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

    public int getSortOrder() {
        return sortOrder;
    }
}
