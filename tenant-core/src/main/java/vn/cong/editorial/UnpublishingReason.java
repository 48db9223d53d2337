package vn.cong.editorial;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Why an item was taken off the portal, and what its address does from then on — data, not code. */
@Entity
@Table(name = "unpublishing_reason")
public class UnpublishingReason {

    @Id
    private String code;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UnpublishingBehaviour behaviour;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected UnpublishingReason() {
    }

    public UnpublishingReason(String code, String nameVi, String nameEn, UnpublishingBehaviour behaviour) {
        this.code = code;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.behaviour = behaviour;
    }

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameVi;
    }

    public String getCode() {
        return code;
    }

    public UnpublishingBehaviour getBehaviour() {
        return behaviour;
    }

    /** The consolidating item must be named. */
    public boolean needsTarget() {
        return behaviour == UnpublishingBehaviour.REDIRECT;
    }

    /** Citizens read the explanation on the withdrawal notice: it must be written. */
    public boolean needsNote() {
        return behaviour == UnpublishingBehaviour.WITHDRAWN;
    }
}
