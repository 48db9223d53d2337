package vn.cong.demo;

import vn.cong.platform.Vietnam;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import vn.cong.calendar.WorkingCalendar;
import vn.cong.catalog.Category;
import vn.cong.catalog.CategoryRepository;
import vn.cong.content.StructuredFields;
import vn.cong.editorial.Item;
import vn.cong.editorial.ItemDraft;
import vn.cong.editorial.ItemRepository;
import vn.cong.editorial.RichText;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.platform.VietnameseText;
import vn.cong.tenancy.Unit;

/**
 * Demo legal documents and projects with structured fields, dated relative to today on the working calendar, so that
 * the compliance dashboards show something true on the first start: in Đạo Trù (Vĩnh Phúc preset: 7 working days
 * after signing) one document published on time, one published late, one signed 10 working days ago and not yet
 * published (overdue), one signed 6 working days ago (due soon) and an expired one; in the National Digital
 * Transformation Agency (MIC preset) a project approved 15 working days ago and not yet published (overdue; 10 working
 * days), and an administrative document that expired at the end of 2024 — the retention preview lists it. The
 * obligations arise through the product's own path ({@link StructuredFields#seed} → compliance engine).
 */
@ApplicationScoped
public class DemoCompliance {

    /** The overdue document of Đạo Trù (the browser test looks for it). */
    public static final String OVERDUE_DOCUMENT = "Quyết định ban hành Quy chế quản lý nghĩa trang nhân dân xã Đạo Trù";


    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    CategoryRepository categories;

    @Inject
    ItemRepository items;

    @Inject
    StructuredFields fields;

    @Inject
    WorkingCalendar calendar;

    @Inject
    Clock clock;

    void load(Map<String, Unit> byHost, long daoTruAuthor, long cdsAuthor) {
        LocalDate today = clock.instant().atZone(Vietnam.ZONE).toLocalDate();
        Unit daoTru = byHost.get("daotru.tamdao.vinhphuc");
        Unit cds = byHost.get("cds.mic");
        if (daoTru != null) {
            entityManagers.runAs(daoTru, () -> {
                String legal = "van-ban-quy-pham-phap-luat";
                document(legal, daoTruAuthor, "Quyết định ban hành Quy chế làm việc của Ủy ban nhân dân xã Đạo Trù",
                        "12/2026/QĐ-UBND", "quyet-dinh", workingDaysAgo(today, 30), 3, null);
                document(legal, daoTruAuthor, "Quyết định quy định mức thu phí trông giữ xe tại chợ Đạo Trù",
                        "14/2026/QĐ-UBND", "quyet-dinh", workingDaysAgo(today, 20), 12, null);
                document(legal, daoTruAuthor, OVERDUE_DOCUMENT, "16/2026/QĐ-UBND", "quyet-dinh",
                        workingDaysAgo(today, 10), -1, null);
                document(legal, daoTruAuthor, "Nghị quyết về kế hoạch đầu tư công trung hạn của xã Đạo Trù",
                        "08/NQ-HĐND", "nghi-quyet", workingDaysAgo(today, 6), -1, null);
                document(legal, daoTruAuthor, "Quyết định về giá dịch vụ thu gom rác thải sinh hoạt năm 2024",
                        "05/2024/QĐ-UBND", "quyet-dinh", LocalDate.of(2024, 1, 10), 2, LocalDate.of(2025, 1, 1));
                return null;
            });
        }
        if (cds != null) {
            entityManagers.runAs(cds, () -> {
                project(cdsAuthor, "Dự án Nền tảng tích hợp, chia sẻ dữ liệu quốc gia giai đoạn 2", workingDaysAgo(today, 15));
                // expired more than a year ago: the retention preview lists it (MIC Art. 15.2), the daily run archives it
                document("van-ban-hanh-chinh", cdsAuthor, "Hướng dẫn triển khai dịch vụ công trực tuyến mức độ 3, 4 năm 2022",
                        "215/CĐS-DVC", "cong-van", "Cục Chuyển đổi số quốc gia", LocalDate.of(2022, 3, 1), 1,
                        LocalDate.of(2024, 12, 31));
                return null;
            });
        }
    }

    private LocalDate workingDaysAgo(LocalDate today, int n) {
        LocalDate day = today;
        for (int i = 0; i < n; i++) {
            day = calendar.addWorkingDays(day, -1);
        }
        return day;
    }

    /** A legal document signed on {@code signed}, published {@code publishedAfter} working days later (-1: not yet). */
    private void document(String categoryCode, long author, String summary, String number, String form, LocalDate signed,
                          int publishedAfter, LocalDate expires) {
        document(categoryCode, author, summary, number, form, form.equals("nghi-quyet") ? "HĐND xã Đạo Trù"
                : "UBND xã Đạo Trù", signed, publishedAfter, expires);
    }

    private void document(String categoryCode, long author, String summary, String number, String form, String issuer,
                          LocalDate signed, int publishedAfter, LocalDate expires) {
        Category category = categories.byCode(categoryCode).orElse(null);
        if (category == null) {
            return;
        }
        Map<String, String> values = new HashMap<>();
        values.put("hinh-thuc", form);
        values.put("so-ky-hieu", number);
        values.put("co-quan-ban-hanh", issuer);
        values.put("nguoi-ky", "Nguyễn Văn Thành");
        values.put("ngay-ky", signed.toString());
        values.put("ngay-ban-hanh", signed.toString());
        values.put("ngay-hieu-luc", signed.plusDays(10).toString());
        if (expires != null) {
            values.put("ngay-het-hieu-luc", expires.toString());
        }
        values.put("trich-yeu", summary);
        Item item = item(category, author, summary, publishedAfter < 0 ? null
                : calendar.addWorkingDays(signed, publishedAfter).atTime(9, 30).atZone(Vietnam.ZONE).toInstant());
        fields.seed(item, values);
    }

    private void project(long author, String name, LocalDate approved) {
        Category category = categories.byCode("du-an-dau-tu").orElse(null);
        if (category == null) {
            return;
        }
        Item item = item(category, author, name, null);
        fields.seed(item, Map.of("muc-tieu", "Kết nối, chia sẻ dữ liệu giữa các bộ, ngành, địa phương",
                "linh-vuc", "Chuyển đổi số", "loai-du-an", "moi-dau-tu", "nguon-von", "ngan-sach",
                "tong-von", "450000000000", "chu-dau-tu", "Cục Chuyển đổi số quốc gia",
                "ngay-phe-duyet", approved.toString()));
    }

    private Item item(Category category, long author, String title, Instant publishedAt) {
        String slug = VietnameseText.slug(title, 120);
        for (int n = 2; items.slugTaken(slug); n++) {
            slug = VietnameseText.slug(title, 120) + "-" + n;
        }
        String body = "<p>" + title + ".</p>";
        Instant now = clock.instant();
        Item item = new Item(category.getId(), "vi", slug, author, now);
        item.revise(new ItemDraft(category.getId(), title, null, body, null, null, "vi"), RichText.sanitise(body), now);
        if (publishedAt != null) {
            item.markPublishedAt(publishedAt, author);
        }
        items.add(item);
        entityManagers.forCurrentTenant().flush();
        return item;
    }
}
