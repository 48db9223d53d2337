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
    private static final TrackingCode THERE = new TrackingCode(LocalDate.of(2026, 12, 7), 9);

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
        DomainException noReason = assertThrows(DomainException.class, () -> question.transfer(7, THERE, "  ", AT));
        assertEquals(422, noReason.status());
        assertEquals(QuestionState.RECEIVED, question.getState(), "a refused move changes nothing");
        question.transfer(7, THERE, "Thuộc thẩm quyền của UBND huyện Tam Đảo", AT);
        assertEquals(QuestionState.TRANSFERRED, question.getState());
        assertEquals(7L, question.getTransferredTo());
        assertEquals("PAKN.20261207.0009", question.getTransferredCode());
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
        DomainException refused = assertThrows(DomainException.class, () -> received().publish(AT));
        assertEquals(409, refused.status());
        assertEquals("Không thể công khai câu hỏi đang ở trạng thái “mới tiếp nhận”.", refused.localizedMessage("vi"));
        assertEquals("A question that is received cannot be given the action “publish”.", refused.localizedMessage("en"));
    }

    @Test
    void theCompetentUnitReceivesTheSameAskerAndTextUnderItsOwnCodeAndTheSameStatusKey() {
        AccessKey key = AccessKey.fresh();
        Question sent = new Question(new TrackingCode(LocalDate.of(2026, 12, 6), 3), "Lịch tiếp dân",
                "Xin hỏi lịch tiếp dân.", received().asker(), "tu-phap", key, AT);
        Question there = sent.transferredAs(THERE, 5, AT.plusSeconds(60));
        assertEquals(QuestionState.RECEIVED, there.getState());
        assertEquals(sent.asker(), there.asker());
        assertEquals("Xin hỏi lịch tiếp dân.", there.getBody());
        assertEquals(THERE, there.trackingCode());
        assertEquals("PAKN.20261206.0003", there.getTransferredFromCode());
        assertEquals(5L, there.getTransferredFrom());
        assertNull(there.getFieldCode(), "the receiving unit's fields are its own");
        org.junit.jupiter.api.Assertions.assertTrue(there.opensWith(key), "the asker's link leads on");
    }

    @Test
    void erasingTheIdentityKeepsTheQuestionAndItsAnswer() {
        Question question = received();
        question.answer("Sáng thứ Năm hằng tuần.", 41, "Lê Thị Hoa", AT);
        question.publish(AT);
        question.eraseIdentity(AT.plusSeconds(60));
        assertEquals(Question.ERASED, question.asker().name());
        assertNull(question.asker().phone());
        assertNull(question.asker().idNumber());
        assertNull(question.asker().address());
        assertEquals("Sáng thứ Năm hằng tuần.", question.getAnswerText());
        assertEquals(QuestionState.PUBLISHED, question.getState());
    }

    @Test
    void aPublishedQuestionIsFoundByItsWordsWithoutDiacritics() {
        Question question = received();
        question.answer("Sáng thứ Năm hằng tuần.", 41, "Lê Thị Hoa", AT);
        question.publish(AT);
        org.junit.jupiter.api.Assertions.assertTrue(question.searchText().contains("lich tiep dan"));
        org.junit.jupiter.api.Assertions.assertTrue(question.searchText().contains("sang thu nam"));
    }
}
