package vn.cong.catalog.preset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.List;
import vn.cong.catalog.ContentType;
import vn.cong.catalog.Retention;
import vn.cong.catalog.RetentionKind;
import vn.cong.catalog.Rule;
import vn.cong.platform.PlatformEntity;
import vn.cong.tenancy.UnitLevel;

/** One category of a stored preset version at one unit level ({@code preset_category}). */
@Entity
@Table(name = "preset_category")
public class PresetCategoryRecord extends PlatformEntity {

    @Column(name = "preset_id", nullable = false)
    private Long presetId;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_level", nullable = false)
    private UnitLevel unitLevel;

    @Column(nullable = false)
    private String code;

    @Column(name = "parent_code")
    private String parentCode;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "content_type", nullable = false)
    private ContentType contentType;

    @Column(name = "legal_basis", nullable = false)
    private String legalBasis;

    @Column(nullable = false)
    private boolean mandatory;

    @Column(name = "english_required", nullable = false)
    private boolean englishRequired;

    @Column(name = "on_home", nullable = false)
    private boolean onHome;

    @Enumerated(EnumType.STRING)
    @Column(name = "retention_kind")
    private RetentionKind retentionKind;

    @Column(name = "retention_years", nullable = false)
    private int retentionYears;

    protected PresetCategoryRecord() {
    }

    PresetCategoryRecord(long presetId, UnitLevel level, PresetCategory category) {
        this.presetId = presetId;
        this.unitLevel = level;
        this.code = category.code();
        this.parentCode = category.parentCode();
        this.sortOrder = category.sortOrder();
        this.nameVi = category.nameVi();
        this.nameEn = category.nameEn();
        this.contentType = category.contentType();
        this.legalBasis = category.legalBasis();
        this.mandatory = category.mandatory();
        this.englishRequired = category.englishRequired();
        this.onHome = category.onHome();
        if (category.retention() != null) {
            this.retentionKind = category.retention().kind();
            this.retentionYears = category.retention().years();
        }
    }

    PresetCategory toCategory(List<Rule> rules) {
        return new PresetCategory(code, parentCode, sortOrder, nameVi, nameEn, contentType, legalBasis, mandatory,
                englishRequired, onHome, retentionKind == null ? null : new Retention(retentionKind, retentionYears),
                rules, getId());
    }

    public Long getPresetId() {
        return presetId;
    }

    public UnitLevel getUnitLevel() {
        return unitLevel;
    }

    public String getCode() {
        return code;
    }
}
