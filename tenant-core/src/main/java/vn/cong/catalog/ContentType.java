package vn.cong.catalog;

/**
 * What a category holds (hình thức thông tin), named as the public catalog of published information shows it
 * (REQUIREMENTS §3.16). The structured types carry their own fields (number, issuing body, budget…), built by the
 * editorial module; here they are only names.
 */
public enum ContentType {
    ARTICLE("Tin, bài", "News and articles"),
    PAGE("Trang thông tin", "Information page"),
    LEGAL_DOCUMENT("Văn bản (số, ký hiệu, ngày ban hành, trích yếu, tệp tải về)",
            "Documents (number, issue date, summary, downloadable file)"),
    ANNOUNCEMENT("Thông báo", "Announcements"),
    INVESTMENT_PROJECT("Danh sách dự án đầu tư", "List of investment projects"),
    PROCUREMENT_NOTICE("Thông báo đấu thầu, mua sắm công", "Procurement notices"),
    SCIENCE_PROGRAMME("Danh mục chương trình, đề tài khoa học và công nghệ", "Science and technology programmes"),
    STATISTICS_REPORT("Số liệu, báo cáo thống kê", "Statistics"),
    FINANCIAL_REPORT("Báo cáo tài chính", "Financial reports"),
    WORK_SCHEDULE("Lịch làm việc", "Work schedule"),
    RECEPTION_SCHEDULE("Lịch tiếp công dân", "Citizen reception schedule"),
    CONTACT_LIST("Danh bạ liên hệ", "Contact list"),
    ADMINISTRATIVE_PROCEDURE("Thủ tục hành chính, dịch vụ công trực tuyến", "Administrative procedures and online services"),
    CONSULTATION_DRAFT("Dự thảo lấy ý kiến (toàn văn, thời hạn, góp ý)", "Drafts for comment (full text, period, comments)"),
    Q_AND_A("Hỏi đáp", "Questions and answers"),
    LICENCE("Danh sách giấy phép", "Licences"),
    OFFICIAL_GAZETTE("Công báo", "Official gazette");

    private final String nameVi;
    private final String nameEn;

    ContentType(String nameVi, String nameEn) {
        this.nameVi = nameVi;
        this.nameEn = nameEn;
    }

    public String displayName(String language) {
        return "en".equals(language) ? nameEn : nameVi;
    }
}
