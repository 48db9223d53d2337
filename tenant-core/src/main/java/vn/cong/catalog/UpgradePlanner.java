package vn.cong.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.cong.catalog.preset.PresetCategory;
import vn.cong.catalog.preset.PresetLevel;
import vn.cong.catalog.preset.PresetRef;

/**
 * Works out an {@link UpgradePlan}, purely: the unit's categories (with the preset rows they came from) against the
 * target version's categories for the unit's level. Categories are matched by their stable code.
 *
 * <ul>
 *   <li>A preset category the unit lacks is added.</li>
 *   <li>A category that came from the preset and is missing from the new version is removed — i.e. hidden.</li>
 *   <li>A category that came from the preset: each field whose preset value changed between the versions follows
 *       the new version, unless the unit overrode that field — then the unit's value is kept.</li>
 *   <li>A category the unit added itself with a code the preset now uses is adopted: the law's fields (type,
 *       legal basis, flags, and rules when it has none) come from the preset; its names, position and home-page
 *       choice stay as the unit set them, as local overrides.</li>
 * </ul>
 */
public final class UpgradePlanner {

    private UpgradePlanner() {
    }

    public static UpgradePlan plan(PresetRef from, List<CategorySnapshot> current, Map<Long, PresetCategory> origins,
                                   PresetLevel target) {
        Map<String, CategorySnapshot> byCode = new LinkedHashMap<>();
        current.forEach(c -> byCode.put(c.code(), c));
        List<UpgradePlan.Entry> entries = new ArrayList<>();
        Set<String> targetCodes = new HashSet<>();
        for (PresetCategory wanted : target.categories()) {
            targetCodes.add(wanted.code());
            CategorySnapshot existing = byCode.get(wanted.code());
            PresetCategory origin = existing == null || existing.presetCategoryId() == null ? null
                    : origins.get(existing.presetCategoryId());
            if (existing == null) {
                entries.add(new UpgradePlan.Entry(UpgradePlan.Kind.ADDED, wanted.code(), null, wanted.nameVi(),
                        wanted.nameEn(), wanted, List.of()));
            } else if (existing.origin() == CategoryOrigin.LOCAL || origin == null) {
                entries.add(adopt(existing, wanted));
            } else {
                entries.add(follow(existing, origin, wanted));
            }
        }
        for (CategorySnapshot existing : current) {
            if (existing.origin() == CategoryOrigin.PRESET && !targetCodes.contains(existing.code())) {
                entries.add(new UpgradePlan.Entry(UpgradePlan.Kind.REMOVED, existing.code(), existing.id(),
                        existing.nameVi(), existing.nameEn(), null,
                        List.of(new UpgradePlan.FieldChange(CategoryField.VISIBILITY, !existing.hidden(), false, false))));
            }
        }
        return new UpgradePlan(from, target.preset(), entries);
    }

    private static UpgradePlan.Entry follow(CategorySnapshot existing, PresetCategory origin, PresetCategory wanted) {
        List<UpgradePlan.FieldChange> changes = new ArrayList<>();
        for (CategoryField field : CategoryField.values()) {
            if (field == CategoryField.VISIBILITY) {
                continue;
            }
            Object before = value(origin, field);
            Object after = value(wanted, field);
            if (!Objects.equals(before, after)) {
                changes.add(new UpgradePlan.FieldChange(field, before, after,
                        field.isOverridable() && existing.localChanges().contains(field)));
            }
        }
        if (existing.origin() == CategoryOrigin.RETIRED) {
            changes.add(new UpgradePlan.FieldChange(CategoryField.VISIBILITY, false, true,
                    existing.localChanges().contains(CategoryField.VISIBILITY)));
        }
        UpgradePlan.Kind kind = changes.isEmpty() ? UpgradePlan.Kind.UNCHANGED : UpgradePlan.Kind.CHANGED;
        return new UpgradePlan.Entry(kind, existing.code(), existing.id(), existing.nameVi(), existing.nameEn(),
                wanted, changes);
    }

    private static UpgradePlan.Entry adopt(CategorySnapshot existing, PresetCategory wanted) {
        List<UpgradePlan.FieldChange> changes = new ArrayList<>();
        for (CategoryField field : CategoryField.values()) {
            if (field == CategoryField.VISIBILITY) {
                continue;
            }
            Object before = value(existing, field);
            Object after = value(wanted, field);
            if (!Objects.equals(before, after)) {
                boolean keep = field.isOverridable()
                        && (field != CategoryField.RULES || !existing.rules().isEmpty());
                changes.add(new UpgradePlan.FieldChange(field, before, after, keep));
            }
        }
        return new UpgradePlan.Entry(UpgradePlan.Kind.ADOPTED, existing.code(), existing.id(), existing.nameVi(),
                existing.nameEn(), wanted, changes);
    }

    static Object value(PresetCategory category, CategoryField field) {
        return switch (field) {
            case NAME -> category.nameVi() + " / " + category.nameEn();
            case POSITION -> Objects.requireNonNullElse(category.parentCode(), "");
            case VISIBILITY -> true;
            case ON_HOME -> category.onHome();
            case RULES -> new RuleSet(category.rules(), category.retention());
            case CONTENT_TYPE -> category.contentType();
            case LEGAL_BASIS -> category.legalBasis();
            case MANDATORY -> category.mandatory();
            case ENGLISH_REQUIRED -> category.englishRequired();
        };
    }

    static Object value(CategorySnapshot category, CategoryField field) {
        return switch (field) {
            case NAME -> category.nameVi() + " / " + category.nameEn();
            case POSITION -> Objects.requireNonNullElse(category.parentCode(), "");
            case VISIBILITY -> !category.hidden();
            case ON_HOME -> category.onHome();
            case RULES -> category.rules();
            case CONTENT_TYPE -> category.contentType();
            case LEGAL_BASIS -> category.legalBasis();
            case MANDATORY -> category.mandatory();
            case ENGLISH_REQUIRED -> category.englishRequired();
        };
    }
}
