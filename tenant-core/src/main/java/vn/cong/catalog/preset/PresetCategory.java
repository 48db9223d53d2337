package vn.cong.catalog.preset;

import java.util.List;
import java.util.Objects;
import vn.cong.catalog.ContentType;
import vn.cong.catalog.Retention;
import vn.cong.catalog.Rule;

/**
 * One category of a preset at one unit level, as the regulation defines it: stable code, names, what it holds, the
 * article that requires it, whether it is mandatory and must also be in English, its rules and its retention.
 * {@code parentCode} places it in the tree; {@code sortOrder} orders siblings. {@code storedId} is the row of
 * {@code preset_category} once the preset is stored (null when read from a file).
 */
public record PresetCategory(String code, String parentCode, int sortOrder, String nameVi, String nameEn,
                             ContentType contentType, String legalBasis, boolean mandatory, boolean englishRequired,
                             boolean onHome, Retention retention, List<Rule> rules, Long storedId) {

    public PresetCategory {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(contentType, "contentType");
        rules = List.copyOf(rules);
    }

    public PresetCategory withStoredId(long id) {
        return new PresetCategory(code, parentCode, sortOrder, nameVi, nameEn, contentType, legalBasis, mandatory,
                englishRequired, onHome, retention, rules, id);
    }
}
