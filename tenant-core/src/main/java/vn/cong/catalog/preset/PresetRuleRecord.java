package vn.cong.catalog.preset;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.cong.catalog.Rule;
import vn.cong.catalog.RuleColumns;
import vn.cong.platform.PlatformEntity;

/**
 * One rule of a stored preset version ({@code preset_rule}): of one category, or of the whole portal when
 * {@code presetCategoryId} is null.
 */
@Entity
@Table(name = "preset_rule")
public class PresetRuleRecord extends PlatformEntity {

    @Column(name = "preset_id", nullable = false)
    private Long presetId;

    @Column(name = "preset_category_id")
    private Long presetCategoryId;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Embedded
    private RuleColumns rule;

    protected PresetRuleRecord() {
    }

    PresetRuleRecord(long presetId, Long presetCategoryId, int sortOrder, Rule rule) {
        this.presetId = presetId;
        this.presetCategoryId = presetCategoryId;
        this.sortOrder = sortOrder;
        this.rule = RuleColumns.of(rule);
    }

    public Long getPresetCategoryId() {
        return presetCategoryId;
    }

    public Rule toRule() {
        return rule.toRule();
    }
}
