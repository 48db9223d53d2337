package vn.cong.catalog;

import java.util.ArrayList;
import java.util.List;
import vn.cong.tenancy.UnitLevel;

/**
 * The categories a new portal starts with, per level (Decree 42/2022 Art. 4 via VP Art. 5). The
 * versioned regulation presets of the catalog issue replace this list; its codes stay stable.
 */
public final class DefaultCatalog {

    public static final String INTRODUCTION = "gioi-thieu";
    public static final String NEWS = "tin-tuc";

    private DefaultCatalog() {
    }

    public static List<Category> forLevel(UnitLevel level) {
        List<Category> list = new ArrayList<>();
        list.add(new Category(INTRODUCTION, "Giới thiệu", "Introduction", ContentType.PAGE, 0, false));
        list.add(new Category(NEWS, "Tin tức - Sự kiện", "News and events", ContentType.ARTICLE, 1, true));
        list.add(new Category("chi-dao-dieu-hanh", "Chỉ đạo, điều hành", "Direction and administration",
                ContentType.ARTICLE, 2, true));
        list.add(new Category("thong-bao", "Thông báo", "Announcements", ContentType.ANNOUNCEMENT, 3, true));
        list.add(new Category("van-ban", "Văn bản", "Legal documents", ContentType.LEGAL_DOCUMENT, 4, true));
        list.add(new Category("tuyen-truyen-phap-luat", "Tuyên truyền, phổ biến pháp luật",
                "Law dissemination", ContentType.ARTICLE, 5, level != UnitLevel.COMMUNE));
        if (level == UnitLevel.PROVINCE || level == UnitLevel.DISTRICT || level == UnitLevel.MINISTRY) {
            list.add(new Category("du-an-dau-tu", "Dự án đầu tư", "Investment projects", ContentType.ARTICLE, 6, false));
        }
        if (level == UnitLevel.THEMATIC_SITE) {
            list.add(new Category("mo-hinh-kinh-nghiem", "Mô hình, kinh nghiệm hay", "Models and experience",
                    ContentType.ARTICLE, 6, true));
        }
        return list;
    }
}
