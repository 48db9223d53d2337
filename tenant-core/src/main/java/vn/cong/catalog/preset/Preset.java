package vn.cong.catalog.preset;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.cong.catalog.Rule;
import vn.cong.tenancy.UnitLevel;

/**
 * A regulation as data (bộ mẫu danh mục): one version of one regulation — MIC 146/2017, Vĩnh Phúc 32/2023, Nam Định
 * 11/2017, BNV 588/2024 or the Decree 42/2022 baseline — with its category tree per unit level. Read from
 * {@code catalog/presets/*.json} by {@link PresetFile}, stored by {@link PresetStore}; a stored version is never
 * rewritten, a change of the law is a new version.
 */
public record Preset(PresetRef ref, Map<UnitLevel, List<PresetCategory>> categoriesByLevel, List<Rule> portalRules) {

    public Preset {
        categoriesByLevel = Map.copyOf(categoriesByLevel);
        portalRules = List.copyOf(portalRules);
    }

    public Set<UnitLevel> levels() {
        return categoriesByLevel.keySet();
    }

    public Optional<PresetLevel> level(UnitLevel level) {
        List<PresetCategory> categories = categoriesByLevel.get(level);
        return categories == null ? Optional.empty() : Optional.of(new PresetLevel(ref, level, categories, portalRules));
    }
}
