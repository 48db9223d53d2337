package vn.cong.catalog;

/**
 * The parts of a category a unit may change locally (điều chỉnh so với bộ mẫu), and the parts only the preset
 * sets. A preset upgrade keeps the unit's value of every overridable field it changed; the others always follow
 * the law.
 */
public enum CategoryField {
    NAME(true),
    POSITION(true),
    VISIBILITY(true),
    ON_HOME(true),
    /** The rules and the retention, edited together. */
    RULES(true),
    CONTENT_TYPE(false),
    LEGAL_BASIS(false),
    MANDATORY(false),
    ENGLISH_REQUIRED(false);

    private final boolean overridable;

    CategoryField(boolean overridable) {
        this.overridable = overridable;
    }

    public boolean isOverridable() {
        return overridable;
    }
}
