package vn.cong.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules in words, as the public catalog of published information shows them, in both languages. */
class RuleWordingTest {

    @Test
    void aWorkingDayDeadlineReadsAsTheRegulationWritesIt() {
        Rule rule = Rule.deadline(Trigger.SIGNED, Deadline.workingDays(2), "VP Art. 6.2");
        assertEquals("Trong 2 ngày làm việc kể từ ngày ký", RuleWording.rule(rule, "vi"));
        assertEquals("Within 2 working days of signing", RuleWording.rule(rule, "en"));
    }

    @Test
    void englishCountsOneDayAndSeveralHours() {
        assertEquals("Within 1 working day of approval",
                RuleWording.rule(Rule.deadline(Trigger.APPROVED, Deadline.workingDays(1), "X"), "en"));
        assertEquals("Within 48 hours of issue",
                RuleWording.rule(Rule.deadline(Trigger.ISSUED, Deadline.parse("48 HOURS"), "X"), "en"));
    }

    @Test
    void promptlyAndSameDayNeedNoNumber() {
        assertEquals("Kịp thời khi có thay đổi", RuleWording.rule(Rule.deadline(Trigger.INFORMATION_CHANGED,
                Deadline.of(DeadlineKind.PROMPTLY), "X"), "vi"));
        assertEquals("Kịp thời, thường xuyên",
                RuleWording.rule(Rule.deadline(null, Deadline.of(DeadlineKind.PROMPTLY), "X"), "vi"));
        assertEquals("On the day of signing",
                RuleWording.rule(Rule.deadline(Trigger.SIGNED, Deadline.of(DeadlineKind.SAME_DAY), "X"), "en"));
        assertEquals("For the draft's comment period", RuleWording.rule(Rule.deadline(Trigger.DOCUMENT_RECEIVED,
                Deadline.of(DeadlineKind.COMMENT_PERIOD), "X"), "en"), "the apostrophe survives MessageFormat");
    }

    @Test
    void aConditionAndAPeriodicRuleAreSaid() {
        Rule several = new Rule(Trigger.QUESTION_RECEIVED, RuleCondition.SEVERAL_UNITS, Deadline.workingDays(10), null,
                "MIC Art. 11.2a");
        assertEquals("Trong 10 ngày làm việc kể từ ngày nhận được câu hỏi (trường hợp cần phối hợp nhiều đơn vị)",
                RuleWording.rule(several, "vi"));
        Rule licences = new Rule(Trigger.INFORMATION_CHANGED, null, null, Recurrence.of(RecurrenceKind.MONTHLY), "X");
        assertEquals("Định kỳ hằng tháng, khi có thay đổi", RuleWording.rule(licences, "vi"));
        assertEquals("Monthly, on a change", RuleWording.rule(licences, "en"));
    }

    @Test
    void retentionAndLegalBasisAreSaidInTheLanguage() {
        assertEquals("Tối thiểu 5 năm", RuleWording.retention(Retention.parse("5 YEARS"), "vi"));
        assertEquals("While in force and 1 year after expiry",
                RuleWording.retention(Retention.parse("1 YEARS_AFTER_EXPIRY"), "en"));
        assertEquals("—", RuleWording.rules(List.of(), "vi"));
        assertEquals("VP Điều 6.2", RuleWording.legalBasis("VP Art. 6.2", "vi"));
        assertEquals("VP Art. 6.2", RuleWording.legalBasis("VP Art. 6.2", "en"));
    }
}
