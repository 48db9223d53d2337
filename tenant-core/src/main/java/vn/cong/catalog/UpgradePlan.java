package vn.cong.catalog;

import java.util.List;
import vn.cong.catalog.preset.PresetCategory;
import vn.cong.catalog.preset.PresetRef;

/**
 * What moving a unit's catalog to a preset version would do, category by category — shown to the administrator
 * before anything changes. Nothing is ever deleted: a category the new version drops is hidden with its items, and
 * every field the unit changed locally keeps the unit's value.
 */
public record UpgradePlan(PresetRef from, PresetRef to, List<Entry> entries) {

    public enum Kind {
        /** New in the preset: will be created. */
        ADDED,
        /** Dropped by the preset: will be hidden, its items kept. */
        REMOVED,
        /** Differs between the versions (each change applied or, where the unit overrode it, kept). */
        CHANGED,
        /** The unit's own category with a preset code: will be linked to the preset, its own values kept. */
        ADOPTED,
        /** Same in both versions: only relinked. */
        UNCHANGED
    }

    /** One field that differs; {@code keptLocal}: the unit changed it locally, its value stays. */
    public record FieldChange(CategoryField field, Object before, Object after, boolean keptLocal) {
    }

    /** One category: {@code categoryId} null for an added one, {@code target} null for a removed one. */
    public record Entry(Kind kind, String code, Long categoryId, String nameVi, String nameEn, PresetCategory target,
                        List<FieldChange> changes) {

        public Entry {
            changes = List.copyOf(changes);
        }

        public String name(String language) {
            return "en".equals(language) ? nameEn : nameVi;
        }
    }

    public UpgradePlan {
        entries = List.copyOf(entries);
    }

    public List<Entry> of(Kind kind) {
        return entries.stream().filter(e -> e.kind() == kind).toList();
    }

    /** Something would change (anything but relinking). */
    public boolean changesAnything() {
        return entries.stream().anyMatch(e -> e.kind() != Kind.UNCHANGED);
    }

    public long keptLocalCount() {
        return entries.stream().flatMap(e -> e.changes().stream()).filter(FieldChange::keptLocal).count();
    }
}
