package vn.cong.interaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.cong.platform.DomainException;

class QuestionTest {

    private static final Instant AT = Instant.parse("2026-12-07T02:00:00Z");

    private static Question received() {
        return new Question(new TrackingCode(LocalDate.of(2026, 12, 6), 3), "Lịch tiếp dân", "Xin hỏi lịch tiếp dân.",
                Question.Asker.person("Trần Văn Bình", "Việt Nam", "026085004321", "Thôn Đồng Giang, xã Đạo Trù",
                        "0987654321", null), AT);
    }

    @Test
    void routedAnsweredAmendedThenPublished() {
        Question question = received();
        question.route(41, "tu-phap", AT);
        assertEquals(QuestionState.ROUTED, question.getState());
        assertEquals("tu-phap", question.getFieldCode());
        question.answer("Thứ Năm hằng tuần.", 41, "Lê Thị Hoa", AT.plusSeconds(60));
        question.answer("Sáng thứ Năm hằng tuần, tại trụ sở xã.", 41, "Lê Thị Hoa", AT.plusSeconds(120));
        assertEquals("Sáng thứ Năm hằng tuần, tại trụ sở xã.", question.getAnswerText());
        question.publish(AT.plusSeconds(180));
        assertEquals(QuestionState.PUBLISHED, question.getState());
        DomainException again = assertThrows(DomainException.class,
                () -> question.answer("Sửa sau khi công khai", 41, "Lê Thị Hoa", AT));
        assertEquals(409, again.status());
    }

    @Test
    void aTransferOrADropNeedsItsReasonAndClosesTheQuestion() {
        Question question = received();
        DomainException noReason = assertThrows(DomainException.class, () -> question.transfer(7, "  ", AT));
        assertEquals(422, noReason.status());
        assertEquals(QuestionState.RECEIVED, question.getState(), "a refused move changes nothing");
        question.transfer(7, "Thuộc thẩm quyền của UBND huyện Tam Đảo", AT);
        assertEquals(QuestionState.TRANSFERRED, question.getState());
        assertEquals(7L, question.getTransferredTo());
        assertEquals(409, assertThrows(DomainException.class, () -> question.drop("Lời lẽ xúc phạm", AT)).status());

        Question abusive = received();
        abusive.drop("Lời lẽ xúc phạm (NĐ Điều 22.6)", AT);
        assertEquals(QuestionState.DROPPED, abusive.getState());
        assertEquals("Lời lẽ xúc phạm (NĐ Điều 22.6)", abusive.getClosingReason());
    }

    @Test
    void aDuplicateIsMergedIntoAnotherQuestionNeverItself() {
        Question question = received();
        assertEquals(422, assertThrows(DomainException.class,
                () -> question.mergeInto(question.trackingCode(), AT)).status());
        question.mergeInto(new TrackingCode(LocalDate.of(2026, 12, 5), 1), AT);
        assertEquals(QuestionState.MERGED, question.getState());
        assertEquals("PAKN.20261205.0001", question.getMergedInto());
        assertNull(question.getAnswerText());
    }

    @Test
    void nothingIsPublishedBeforeItIsAnswered() {
        assertEquals(409, assertThrows(DomainException.class, () -> received().publish(AT)).status());
    }
}
