package vn.cong.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.cong.platform.TenantOwned;

/** One rule of one category of a unit's catalog ({@code category_rule}), copied from the preset or set locally. */
@Entity
@Table(name = "category_rule")
public class CategoryRule extends TenantOwned {

    @Column(name = "category_id", nullable = false)
    private Long categoryId;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Embedded
    private RuleColumns rule;

    protected CategoryRule() {
    }

    public CategoryRule(long categoryId, int sortOrder, Rule rule) {
        this.categoryId = categoryId;
        this.sortOrder = sortOrder;
        this.rule = RuleColumns.of(rule);
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public Rule toRule() {
        return rule.toRule();
    }
}
