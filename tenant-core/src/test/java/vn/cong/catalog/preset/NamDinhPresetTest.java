package vn.cong.catalog.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cong.catalog.preset.Presets.ND;
import static vn.cong.catalog.preset.Presets.category;
import static vn.cong.catalog.preset.Presets.date;
import static vn.cong.catalog.preset.Presets.due;
import static vn.cong.catalog.preset.Presets.rule;

import org.junit.jupiter.api.Test;
import vn.cong.catalog.DeadlineKind;
import vn.cong.catalog.RetentionKind;
import vn.cong.catalog.Rule;
import vn.cong.catalog.RuleCondition;
import vn.cong.catalog.Trigger;
import vn.cong.tenancy.UnitLevel;

/**
 * Nam Định, Decision 11/2017/QĐ-UBND: one test per row of REQUIREMENTS §4 where the ND column has a value, counted on
 * the Labor Code's calendar.
 */
class NamDinhPresetTest {

    private static final UnitLevel PROVINCE = UnitLevel.PROVINCE;

    @Test
    void namDinhContactsAndIntroductionArePublishedPromptly() {
        for (String code : new String[] {"gioi-thieu", "lien-he"}) {
            Rule rule = rule(ND, PROVINCE, code, Trigger.INFORMATION_CHANGED);
            assertEquals(DeadlineKind.PROMPTLY, rule.deadline().kind(), code);
            assertTrue(rule.legalBasis().startsWith("ND Art. 7.1a"));
        }
    }

    @Test
    void namDinhUnitActivityNewsIsPublishedPromptly() {
        assertEquals(DeadlineKind.PROMPTLY, rule(ND, PROVINCE, "tin-tuc", Trigger.EVENT_HELD).deadline().kind());
    }

    @Test
    void namDinhAdministrativeDocumentsAreDueTwoWorkingDaysForTheIssuerAndTenForTheBodiesConcerned() {
        assertEquals(date(2026, 2, 23), due(rule(ND, PROVINCE, "van-ban-hanh-chinh", Trigger.ISSUED,
                RuleCondition.ISSUING_BODY), date(2026, 2, 12)));
        assertEquals(date(2026, 3, 5), due(rule(ND, PROVINCE, "van-ban-hanh-chinh", Trigger.ISSUED,
                RuleCondition.BODIES_CONCERNED), date(2026, 2, 12)));
    }

    @Test
    void namDinhLegalNormativeDocumentsAreDueTwoOrTenWorkingDays() {
        assertEquals(date(2026, 2, 23), due(rule(ND, PROVINCE, "van-ban-quy-pham-phap-luat", Trigger.ISSUED,
                RuleCondition.ISSUING_BODY), date(2026, 2, 12)));
        assertEquals(date(2026, 3, 5), due(rule(ND, PROVINCE, "van-ban-quy-pham-phap-luat", Trigger.ISSUED,
                RuleCondition.BODIES_CONCERNED), date(2026, 2, 12)));
    }

    @Test
    void namDinhLawDisseminationIsDueFifteenWorkingDaysAfterIssue() {
        Rule rule = rule(ND, PROVINCE, "tuyen-truyen-phap-luat", Trigger.ISSUED);
        assertEquals("ND Art. 7.1b", rule.legalBasis());
        assertEquals(date(2026, 3, 9), due(rule, date(2026, 2, 9)));
    }

    @Test
    void namDinhScienceProgrammesAreDueTwentyWorkingDays() {
        assertEquals(date(2026, 3, 13), due(rule(ND, PROVINCE, "khoa-hoc-cong-nghe", Trigger.APPROVED),
                date(2026, 2, 6)));
        assertEquals(date(2026, 3, 13), due(rule(ND, PROVINCE, "khoa-hoc-cong-nghe", Trigger.ACCEPTED),
                date(2026, 2, 6)));
    }

    @Test
    void namDinhAppointedLeadersArePublishedPromptly() {
        assertEquals(DeadlineKind.PROMPTLY, rule(ND, PROVINCE, "lanh-dao", Trigger.APPOINTED).deadline().kind());
    }

    @Test
    void namDinhQuestionsAreAnsweredInFifteenWorkingDaysAndForwardedWithinTenDaysWhenNotCompetent() {
        assertEquals(date(2026, 3, 9), due(rule(ND, PROVINCE, "hoi-dap", Trigger.QUESTION_RECEIVED), date(2026, 2, 9)));
        Rule forward = rule(ND, PROVINCE, "hoi-dap", Trigger.QUESTION_RECEIVED, RuleCondition.NOT_COMPETENT);
        assertEquals("ND Art. 22.5", forward.legalBasis());
        assertEquals(date(2026, 2, 23), due(forward, date(2026, 2, 9)),
                "10 days: Thursday 19 February is Tết, the period ends on the next working day");
    }

    @Test
    void namDinhKeepsInformationAsTheArchivesLawRequiresAndPublishesTheGazetteAtProvinceLevel() {
        assertEquals(RetentionKind.ARCHIVAL_LAW, category(ND, PROVINCE, "tin-tuc").retention().kind());
        assertTrue(Presets.level(ND, PROVINCE).category("cong-bao").isPresent());
        assertTrue(Presets.level(ND, UnitLevel.DISTRICT).category("cong-bao").isEmpty());
        assertTrue(category(ND, PROVINCE, "khoa-hoc-cong-nghe").englishRequired(), "ND Art. 6.4: points a, h, k");
    }
}
