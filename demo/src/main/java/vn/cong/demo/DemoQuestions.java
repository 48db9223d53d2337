package vn.cong.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import vn.cong.interaction.Question;
import vn.cong.interaction.TrackingCode;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.platform.Vietnam;
import vn.cong.tenancy.Unit;

/**
 * Citizens' questions of the demo, so that Đạo Trù's public Q&amp;A list (/hoi-dap) and its desk show something on the
 * first start: three questions answered by the head and published, from the last weeks, and one received two days
 * ago, waiting for the secretariat. Dated in the past under codes of their own days (the unit's counter numbers
 * today's questions from 1). The askers are invented; their identity is sealed like any asker's.
 */
@ApplicationScoped
public class DemoQuestions {

    /** The demo's waiting question (a browser test may look for it). */
    public static final String WAITING_SUBJECT = "Hỗ trợ sửa nhà cho hộ nghèo";

    @Inject
    TenantBoundEntityManager entityManagers;

    /** The names the published answers carry: the head's and the responder's demo accounts. */
    static final String HEAD = "Phạm Văn Hùng";
    static final String RESPONDER = "Vũ Thị Thu";

    void load(Unit daoTru, long headId, long responderId, Instant now) {
        entityManagers.runAs(daoTru, () -> {
            published(now, 20, "Lịch tiếp công dân của Ủy ban nhân dân xã",
                    "Xin cho biết lịch tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân xã Đạo Trù?",
                    Question.Asker.person("Nguyễn Văn Thắng", "Việt Nam", "026080001234",
                            "Thôn Đồng Giang, xã Đạo Trù", "0912345678", null),
                    "Chủ tịch Ủy ban nhân dân xã tiếp công dân định kỳ vào sáng thứ Năm hằng tuần tại trụ sở Ủy ban;"
                            + " ngoài ra công dân có thể gửi đơn tại Bộ phận Một cửa trong giờ hành chính.",
                    headId, HEAD);
            published(now, 12, "Thủ tục đăng ký khai sinh cho con",
                    "Con tôi sinh tại bệnh viện tỉnh, tôi cần giấy tờ gì để đăng ký khai sinh tại xã?",
                    Question.Asker.person("Trần Thị Hương", "Việt Nam", "026190004567", "Thôn Vĩnh Ninh, xã Đạo Trù",
                            "0987111222", null),
                    "Ông/bà nộp giấy chứng sinh do bệnh viện cấp và xuất trình căn cước của cha hoặc mẹ tại Bộ phận"
                            + " Một cửa, hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia; thời hạn giải quyết"
                            + " trong ngày.",
                    responderId, RESPONDER);
            published(now, 5, "Đường giao thông nội đồng thôn Đồng Bùa",
                    "Đoạn đường nội đồng thôn Đồng Bùa bị sạt lở sau mưa lớn, khi nào xã sửa chữa?",
                    Question.Asker.person("Lê Văn Khoa", "Việt Nam", "026085007890", "Thôn Đồng Bùa, xã Đạo Trù",
                            "0968333444", null),
                    "Ủy ban nhân dân xã đã kiểm tra hiện trường và đưa đoạn đường vào kế hoạch sửa chữa trong quý này;"
                            + " trong khi chờ thi công, xã đã cắm biển cảnh báo.",
                    headId, HEAD);
            entityManagers.forCurrentTenant().persist(new Question(code(now, 2, 1), WAITING_SUBJECT,
                    "Gia đình tôi là hộ nghèo, nhà xuống cấp; xin hỏi thủ tục đề nghị hỗ trợ sửa nhà?",
                    Question.Asker.person("Hoàng Thị Lan", "Việt Nam", "026170002468", "Thôn Đạo Trù Thượng, xã Đạo Trù",
                            "0977555666", null), now.minus(Duration.ofDays(2))));
            return null;
        });
    }

    private void published(Instant now, int daysAgo, String subject, String body, Question.Asker asker, String answer,
                           long answeredBy, String answeredByName) {
        Instant asked = now.minus(Duration.ofDays(daysAgo));
        Question question = new Question(code(now, daysAgo, 1), subject, body, asker, asked);
        question.route(answeredBy, null, asked.plus(Duration.ofHours(2)));
        question.answer(answer, answeredBy, answeredByName, asked.plus(Duration.ofDays(2)));
        question.publish(asked.plus(Duration.ofDays(3)));
        entityManagers.forCurrentTenant().persist(question);
    }

    private static TrackingCode code(Instant now, int daysAgo, int number) {
        LocalDate day = now.atZone(Vietnam.ZONE).toLocalDate().minusDays(daysAgo);
        return new TrackingCode(day, number);
    }
}
