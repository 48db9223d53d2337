package vn.cong.catalog.preset;

import java.util.List;
import java.util.Optional;
import vn.cong.catalog.Rule;
import vn.cong.tenancy.UnitLevel;

/**
 * What one preset version asks of a unit of one level: its category tree (parents before children) and the rules
 * that apply to the whole portal rather than to one category (MIC Art. 14.1: edited within 4 working hours).
 */
public record PresetLevel(PresetRef preset, UnitLevel level, List<PresetCategory> categories, List<Rule> portalRules) {

    public PresetLevel {
        categories = List.copyOf(categories);
        portalRules = List.copyOf(portalRules);
    }

    public Optional<PresetCategory> category(String code) {
        return categories.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public List<PresetCategory> children(String parentCode) {
        return categories.stream().filter(c -> parentCode.equals(c.parentCode())).toList();
    }
}
