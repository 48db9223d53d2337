package vn.cong.catalog;

import java.util.Set;

/** A category of a unit as the upgrade planner sees it: its values, where it comes from, what the unit changed. */
public record CategorySnapshot(long id, String code, String parentCode, String nameVi, String nameEn, boolean hidden,
                               boolean onHome, ContentType contentType, String legalBasis, boolean mandatory,
                               boolean englishRequired, RuleSet rules, CategoryOrigin origin, Long presetCategoryId,
                               Set<CategoryField> localChanges) {

    public CategorySnapshot {
        localChanges = Set.copyOf(localChanges);
    }
}
