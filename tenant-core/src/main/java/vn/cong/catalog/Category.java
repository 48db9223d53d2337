package vn.cong.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import vn.cong.catalog.preset.PresetCategory;
import vn.cong.platform.TenantOwned;
import vn.cong.platform.VietnameseText;

/**
 * A category of a unit's information catalog (chuyên mục, loại thông tin), e.g. "Văn bản quy phạm pháp luật".
 * Categories form a tree ({@code parentId}, {@code sortOrder} among siblings). Most come from the preset version the
 * unit follows ({@link CategoryOrigin#PRESET}, linked to their preset row); a unit may add its own
 * ({@link CategoryOrigin#LOCAL}) and change names, position, visibility and rules of the others — each such change
 * is recorded as a local override ({@link CategoryField}) and shown as such. A category is never deleted: hiding
 * keeps its items.
 *
 * <p>Rules live in {@link CategoryRule} rows; {@link CatalogRules} reads them.
 */
@Entity
@Table(name = "category")
public class Category extends TenantOwned {

    @Column(nullable = false)
    private String code;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "content_type", nullable = false)
    private ContentType contentType;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    /** Shown as a block of latest items on the unit's home page. */
    @Column(name = "on_home", nullable = false)
    private boolean onHome;

    @Column(nullable = false)
    private boolean hidden;

    @Column(name = "legal_basis")
    private String legalBasis;

    @Column(nullable = false)
    private boolean mandatory;

    @Column(name = "english_required", nullable = false)
    private boolean englishRequired;

    @Enumerated(EnumType.STRING)
    @Column(name = "retention_kind")
    private RetentionKind retentionKind;

    @Column(name = "retention_years")
    private Integer retentionYears;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CategoryOrigin origin;

    @Column(name = "preset_category_id")
    private Long presetCategoryId;

    /** The overridden fields, comma-separated {@link CategoryField} names; null when none. */
    @Column(name = "local_changes")
    private String localChanges;

    protected Category() {
    }

    /** A category the unit adds itself. */
    public Category(String code, String nameVi, String nameEn, ContentType contentType, int sortOrder, boolean onHome) {
        this.code = code;
        this.nameVi = VietnameseText.nfc(nameVi);
        this.nameEn = VietnameseText.nfc(nameEn);
        this.contentType = contentType;
        this.sortOrder = sortOrder;
        this.onHome = onHome;
        this.origin = CategoryOrigin.LOCAL;
    }

    /** A category instantiated from a preset row, under {@code parentId} (null: top level). */
    public static Category fromPreset(PresetCategory definition, Long parentId) {
        Category category = new Category(definition.code(), definition.nameVi(), definition.nameEn(),
                definition.contentType(), definition.sortOrder(), definition.onHome());
        category.parentId = parentId;
        category.origin = CategoryOrigin.PRESET;
        category.followLaw(definition);
        category.setRetention(definition.retention());
        return category;
    }

    /** Takes the fields only the preset sets, and links the category to that preset row. */
    public void followLaw(PresetCategory definition) {
        this.contentType = definition.contentType();
        this.legalBasis = definition.legalBasis();
        this.mandatory = definition.mandatory();
        this.englishRequired = definition.englishRequired();
        this.presetCategoryId = definition.storedId();
        if (origin != CategoryOrigin.PRESET) {
            origin = CategoryOrigin.PRESET;
        }
    }

    /** A newer preset version dropped it: hidden, kept with its items, no longer linked to a preset row. */
    public void retire() {
        this.origin = CategoryOrigin.RETIRED;
        this.hidden = true;
    }

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameVi;
    }

    public void rename(String nameVi, String nameEn) {
        this.nameVi = VietnameseText.nfc(nameVi);
        this.nameEn = VietnameseText.nfc(nameEn);
    }

    public void moveTo(Long parentId, int sortOrder) {
        this.parentId = parentId;
        this.sortOrder = sortOrder;
    }

    public void setHidden(boolean hidden) {
        this.hidden = hidden;
    }

    public void setOnHome(boolean onHome) {
        this.onHome = onHome;
    }

    public void setRetention(Retention retention) {
        this.retentionKind = retention == null ? null : retention.kind();
        this.retentionYears = retention == null ? null : retention.years();
    }

    public Retention getRetention() {
        return retentionKind == null ? null : new Retention(retentionKind, retentionYears == null ? 0 : retentionYears);
    }

    /** Records whether {@code field} now differs from the preset. */
    public void markLocalChange(CategoryField field, boolean changed) {
        Set<CategoryField> fields = getLocalChanges();
        if (changed) {
            fields.add(field);
        } else {
            fields.remove(field);
        }
        localChanges = fields.isEmpty() ? null
                : fields.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    public Set<CategoryField> getLocalChanges() {
        Set<CategoryField> fields = EnumSet.noneOf(CategoryField.class);
        if (localChanges != null && !localChanges.isBlank()) {
            Arrays.stream(localChanges.split(",")).map(String::strip).map(CategoryField::valueOf).forEach(fields::add);
        }
        return fields;
    }

    public boolean isChangedFromPreset() {
        return origin != CategoryOrigin.LOCAL && localChanges != null;
    }

    public boolean overrides(CategoryField field) {
        return getLocalChanges().contains(field);
    }

    public String getCode() {
        return code;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getNameVi() {
        return nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public ContentType getContentType() {
        return contentType;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isOnHome() {
        return onHome;
    }

    public boolean isHidden() {
        return hidden;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public boolean isEnglishRequired() {
        return englishRequired;
    }

    public CategoryOrigin getOrigin() {
        return origin;
    }

    public Long getPresetCategoryId() {
        return presetCategoryId;
    }
}
