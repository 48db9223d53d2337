package vn.cong.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.cong.consultation.CommentPeriod;
import vn.cong.consultation.Consultation;
import vn.cong.consultation.ConsultationTerms;
import vn.cong.consultation.DraftComment;
import vn.cong.consultation.DraftParagraphs;
import vn.cong.consultation.Moderation;
import vn.cong.editorial.Item;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.platform.Vietnam;
import vn.cong.tenancy.Unit;

/**
 * Đạo Trù's draft for comment (the demo's articles.json, category du-thao-van-ban) opened for 30 days from five days
 * ago, post-moderated, with three comments — two on paragraphs, one on the whole draft — so /lay-y-kien/… and the
 * board's screens show something on the first start.
 */
@ApplicationScoped
public class DemoConsultation {

    static final String DRAFT_TITLE = "Dự thảo Quy định giữ gìn vệ sinh môi trường, thu gom rác thải sinh hoạt trên"
            + " địa bàn xã Đạo Trù";

    @Inject
    TenantBoundEntityManager entityManagers;

    void load(Unit daoTru, Instant now) {
        entityManagers.runAs(daoTru, () -> {
            Item draft = entityManagers.forCurrentTenant().createQuery("select i from Item i where i.title = :t",
                    Item.class).setParameter("t", DRAFT_TITLE).getSingleResult();
            LocalDate today = now.atZone(Vietnam.ZONE).toLocalDate();
            Consultation consultation = new Consultation(draft.getId(), new ConsultationTerms(
                    new CommentPeriod(today.minusDays(5), 30), "Ủy ban nhân dân xã Đạo Trù",
                    "Thôn Đồng Giang, xã Đạo Trù, huyện Tam Đảo, tỉnh Vĩnh Phúc", "ubnd.daotru@vinhphuc.gov.vn",
                    Moderation.POST, Consultation.DEFAULT_REPORT_THRESHOLD), now.minus(Duration.ofDays(5)));
            entityManagers.forCurrentTenant().persist(consultation);
            entityManagers.forCurrentTenant().flush();
            List<DraftParagraphs.Paragraph> paragraphs = DraftParagraphs.of(draft.getBody());
            comment(consultation, paragraphs.get(5), "Nguyễn Văn Hải", "Đề nghị thu gom thêm một buổi vào sáng"
                    + " Chủ nhật ở các thôn gần chợ.", now.minus(Duration.ofDays(3)));
            comment(consultation, paragraphs.get(6), "Lê Thị Thu", "Mức 20.000 đồng phù hợp; đề nghị miễn cho hộ"
                    + " nghèo và hộ cận nghèo.", now.minus(Duration.ofDays(2)));
            comment(consultation, null, "Trần Đức Anh", "Dự thảo nên quy định rõ trách nhiệm của các cơ sở kinh"
                    + " doanh ven tỉnh lộ 302.", now.minus(Duration.ofDays(1)));
            return null;
        });
    }

    private void comment(Consultation consultation, DraftParagraphs.Paragraph on, String author, String body,
                         Instant at) {
        entityManagers.forCurrentTenant().persist(new DraftComment(consultation.getId(), on, 0, author, null, body,
                Moderation.POST, at));
    }
}
