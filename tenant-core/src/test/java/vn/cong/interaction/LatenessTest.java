package vn.cong.interaction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.cong.calendar.InMemoryWorkingCalendar;
import vn.cong.compliance.StatusRule;

/** The desk's two tiers of lateness, counted in working days (weekends and holidays do not count). */
class LatenessTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final StatusRule RULE = new StatusRule(InMemoryWorkingCalendar.withoutSchedule(), 2, 5);
    /** Due at the end of Friday 4 December 2026. */
    private static final Instant DUE = LocalDate.of(2026, 12, 4).atTime(17, 0).atZone(VIETNAM).toInstant();

    private static Question dueOnFriday() {
        Question question = new Question(new TrackingCode(LocalDate.of(2026, 11, 20), 1), "Lịch tiếp dân", "Hỏi",
                Question.Asker.person("Trần Văn Bình", "Việt Nam", "026085004321", "Xã Đạo Trù", "0987654321", null),
                DUE.minusSeconds(14 * 86_400));
        question.due(DUE, 1L);
        return question;
    }

    private static Instant on(int month, int day) {
        return LocalDate.of(2026, month, day).atTime(9, 0).atZone(VIETNAM).toInstant();
    }

    @Test
    void onTimeThenDueSoonThenOverdueThenVeryOverdueAfterFiveWorkingDays() {
        Question question = dueOnFriday();
        assertEquals(Lateness.ON_TIME, Lateness.of(question, RULE, on(11, 27)));
        assertEquals(Lateness.DUE_SOON, Lateness.of(question, RULE, on(12, 2)));
        assertEquals(Lateness.OVERDUE, Lateness.of(question, RULE, on(12, 7)));
        assertEquals(Lateness.OVERDUE, Lateness.of(question, RULE, on(12, 11)), "five working days past: Mon–Fri");
        assertEquals(Lateness.OVERDUE, Lateness.of(question, RULE, on(12, 13)), "the weekend does not count");
        assertEquals(Lateness.VERY_OVERDUE, Lateness.of(question, RULE, on(12, 14)));
    }

    @Test
    void anAnsweredQuestionIsNoLongerLateAndOneWithoutADeadlineNeverIs() {
        Question question = dueOnFriday();
        question.answer("Sáng thứ Năm.", 41, "Lê Thị Hoa", on(12, 14));
        assertEquals(Lateness.ANSWERED, Lateness.of(question, RULE, on(12, 20)));
        Question noRule = new Question(new TrackingCode(LocalDate.of(2026, 11, 20), 2), "Hỏi", "Hỏi",
                Question.Asker.person("Trần Văn Bình", "Việt Nam", "026085004321", "Xã Đạo Trù", "0987654321", null),
                on(11, 20));
        assertEquals(Lateness.NO_DEADLINE, Lateness.of(noRule, RULE, on(12, 20)));
    }
}
