package vn.cong.catalog;

/**
 * Category codes every preset provides at every level (checked by the preset tests), which code outside the
 * catalog may rely on. The catalogs themselves are data: the regulation presets in {@code catalog/presets/*.json}.
 */
public final class DefaultCatalog {

    public static final String INTRODUCTION = "gioi-thieu";
    public static final String NEWS = "tin-tuc";
    /** The public catalog of published information (REQUIREMENTS §3.16), served at {@code /danh-muc-thong-tin}. */
    public static final String INFORMATION_CATALOG = "danh-muc-thong-tin";

    private DefaultCatalog() {
    }
}
