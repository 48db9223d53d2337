package vn.cong.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.cong.platform.DomainException;

/** A comment's life: moderation as the unit chose, reports that hide it, the board's answer; the period's days. */
class CommentLifeTest {

    private static final Instant AT = Instant.parse("2026-12-07T03:00:00Z");

    private static DraftComment comment(Moderation moderation) {
        return new DraftComment(1, null, 1, "Trần Văn Bình", null, "Đề nghị bổ sung quy định về giờ mở cửa.",
                moderation, AT);
    }

    @Test
    void preModeratedCommentsWaitPostModeratedOnesShowAtOnce() {
        assertEquals(CommentState.PENDING, comment(Moderation.PRE).getState());
        assertEquals(CommentState.VISIBLE, comment(Moderation.POST).getState());
    }

    @Test
    void theThirdReportHidesItUntilAModeratorKeepsItThenReportsNoLongerHideIt() {
        DraftComment comment = comment(Moderation.POST);
        assertFalse(comment.reported(3));
        assertFalse(comment.reported(3));
        assertTrue(comment.reported(3), "the third report hides it");
        assertEquals(CommentState.HIDDEN, comment.getState());
        comment.moderate(CommentState.VISIBLE, 7, AT);
        for (int i = 0; i < 5; i++) {
            assertFalse(comment.reported(3));
        }
        assertEquals(CommentState.VISIBLE, comment.getState(), "a moderator's decision stands");
        assertEquals(8, comment.getReports());
    }

    @Test
    void theBoardExplainsOrRejectsWithReasonsAndMayAcceptWithout() {
        DraftComment comment = comment(Moderation.POST);
        assertEquals(422, assertThrows(DomainException.class,
                () -> comment.decide(CommentDecision.EXPLAINED, " ", 7, AT)).status());
        comment.decide(CommentDecision.ACCEPTED, null, 7, AT);
        assertEquals(CommentDecision.ACCEPTED, comment.getDecision());
        comment.decide(CommentDecision.REJECTED, "Nội dung đã có tại Điều 5.", 7, AT);
        assertEquals("Nội dung đã có tại Điều 5.", comment.getResponse());
        assertEquals(422, assertThrows(DomainException.class,
                () -> comment.moderate(CommentState.PENDING, 7, AT)).status());
    }

    @Test
    void aThirtyDayPeriodOpeningOnTheFirstClosesAtTheEndOfTheThirtieth() {
        CommentPeriod period = new CommentPeriod(LocalDate.of(2026, 12, 1), 30);
        assertEquals(LocalDate.of(2026, 12, 30), period.closesOn());
        assertEquals(ConsultationStatus.NOT_OPEN, period.statusOn(LocalDate.of(2026, 11, 30)));
        assertEquals(ConsultationStatus.OPEN, period.statusOn(LocalDate.of(2026, 12, 1)));
        assertEquals(ConsultationStatus.OPEN, period.statusOn(LocalDate.of(2026, 12, 30)));
        assertEquals(ConsultationStatus.CLOSED, period.statusOn(LocalDate.of(2026, 12, 31)));
        assertEquals(422, assertThrows(DomainException.class,
                () -> new CommentPeriod(LocalDate.of(2026, 12, 1), 0)).status());
    }

    @Test
    void termsNeedTheReceivingUnitsAddressAndAValidEmail() {
        CommentPeriod period = new CommentPeriod(LocalDate.of(2026, 12, 1), 30);
        assertEquals(422, assertThrows(DomainException.class, () -> new ConsultationTerms(period, "UBND xã",
                "Thôn Đồng Giang", "khong-phai-thu", Moderation.POST, 3)).status());
        assertEquals(422, assertThrows(DomainException.class, () -> new ConsultationTerms(period, "UBND xã", "  ",
                "ubnd@daotru.gov.vn", Moderation.POST, 3)).status());
        Consultation consultation = new Consultation(5, new ConsultationTerms(period, "UBND xã Đạo Trù",
                "Thôn Đồng Giang, xã Đạo Trù", "ubnd@daotru.gov.vn", Moderation.PRE, 3), AT);
        assertEquals(409, assertThrows(DomainException.class,
                () -> consultation.publishOutcome(null, LocalDate.of(2026, 12, 30), AT)).status(), "not closed yet");
        consultation.publishOutcome("Tiếp thu phần lớn góp ý.", LocalDate.of(2026, 12, 31), AT);
        assertEquals(409, assertThrows(DomainException.class, () -> consultation.change(consultation.terms()))
                .status(), "the outcome is final");
    }
}
