package vn.cong.tenancy;

import java.util.EnumSet;
import java.util.Set;

/**
 * Levels of the unit tree (REQUIREMENTS §1) and which level may sit under which. Top-level units
 * (no parent) are ministries, provinces and national thematic sites.
 */
public enum UnitLevel {
    MINISTRY(true, "Bộ", "Ministry"),
    MINISTRY_UNIT(false, "Đơn vị thuộc Bộ", "Ministry unit"),
    PROVINCE(true, "Tỉnh, thành phố", "Province"),
    DEPARTMENT(false, "Sở, ban, ngành", "Department"),
    DISTRICT(false, "Huyện, thị xã, thành phố thuộc tỉnh", "District"),
    COMMUNE(false, "Xã, phường, thị trấn", "Commune"),
    THEMATIC_SITE(true, "Trang chuyên đề", "Thematic site");

    private final boolean topLevel;
    private final String nameVi;
    private final String nameEn;

    UnitLevel(boolean topLevel, String nameVi, String nameEn) {
        this.topLevel = topLevel;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
    }

    public boolean isTopLevel() {
        return topLevel;
    }

    public String nameVi() {
        return nameVi;
    }

    public String nameEn() {
        return nameEn;
    }

    /** Levels allowed directly under a unit of this level. Since July 2025 communes may sit directly under a province. */
    public Set<UnitLevel> allowedChildren() {
        return switch (this) {
            case MINISTRY -> EnumSet.of(MINISTRY_UNIT, THEMATIC_SITE);
            case PROVINCE -> EnumSet.of(DEPARTMENT, DISTRICT, COMMUNE);
            case DISTRICT -> EnumSet.of(COMMUNE);
            default -> EnumSet.noneOf(UnitLevel.class);
        };
    }

    public boolean mayContain(UnitLevel child) {
        return allowedChildren().contains(child);
    }

    /** Departments and ministry units are named by abbreviation (VP Art. 3); places by their name. */
    public boolean namedByAbbreviation() {
        return this == DEPARTMENT || this == MINISTRY_UNIT || this == MINISTRY || this == THEMATIC_SITE;
    }
}
