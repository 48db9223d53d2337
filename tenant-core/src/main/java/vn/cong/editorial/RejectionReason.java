package vn.cong.editorial;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A reason the board may give for refusing an item (MIC Art. 14.4, BNV Art. 3.9) — data, not code. */
@Entity
@Table(name = "rejection_reason")
public class RejectionReason {

    @Id
    private String code;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "legal_basis", nullable = false)
    private String legalBasis;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected RejectionReason() {
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

    public String getLegalBasis() {
        return legalBasis;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
