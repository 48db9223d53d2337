package vn.cong.catalog.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cong.catalog.preset.Presets.CALENDAR;
import static vn.cong.catalog.preset.Presets.MIC;
import static vn.cong.catalog.preset.Presets.VIETNAM;
import static vn.cong.catalog.preset.Presets.category;
import static vn.cong.catalog.preset.Presets.date;
import static vn.cong.catalog.preset.Presets.due;
import static vn.cong.catalog.preset.Presets.rule;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.cong.catalog.DeadlineKind;
import vn.cong.catalog.Recurrence;
import vn.cong.catalog.RecurrenceKind;
import vn.cong.catalog.RetentionKind;
import vn.cong.catalog.Rule;
import vn.cong.catalog.RuleCondition;
import vn.cong.catalog.Trigger;
import vn.cong.tenancy.UnitLevel;

/**
 * The Ministry of Information and Communications, Decision 146/QĐ-BTTTT (2017): one test per row of REQUIREMENTS §4
 * where the MIC column has a value, counted on the Labor Code's calendar.
 */
class MicPresetTest {

    private static final UnitLevel MINISTRY = UnitLevel.MINISTRY;

    @Test
    void micContactsAndIntroductionAreDueTwoWorkingDaysAfterAChange() {
        for (String code : new String[] {"lien-he", "gioi-thieu"}) {
            Rule rule = rule(MIC, MINISTRY, code, Trigger.INFORMATION_CHANGED);
            assertEquals("MIC Art. 11.2a", rule.legalBasis());
            assertEquals(date(2026, 2, 24), due(rule, date(2026, 2, 13)), code);
        }
    }

    @Test
    void micUnitActivityNewsIsDueTwoWorkingDaysAfterTheInformation() {
        Rule rule = rule(MIC, MINISTRY, "hoat-dong-don-vi", Trigger.INFORMATION_AVAILABLE);
        assertEquals(date(2026, 5, 5), due(rule, date(2026, 4, 29)));
    }

    @Test
    void micAdministrativeDocumentsAreDueTwoWorkingDaysAfterTheyAreReady() {
        Rule rule = rule(MIC, MINISTRY, "van-ban-hanh-chinh", Trigger.CLEARED_FOR_PUBLICATION);
        assertEquals(date(2026, 9, 3), due(rule, date(2026, 8, 28)), "Monday 31 August, then National Day");
    }

    @Test
    void micLegalNormativeDocumentsAreDueTwoWorkingDays() {
        Rule rule = rule(MIC, MINISTRY, "van-ban-quy-pham-phap-luat", Trigger.CLEARED_FOR_PUBLICATION);
        assertEquals(date(2026, 2, 23), due(rule, date(2026, 2, 12)));
    }

    @Test
    void micLawDisseminationIsDueFifteenWorkingDaysAfterTheLawIsIssued() {
        Rule rule = rule(MIC, MINISTRY, "tuyen-truyen-phap-luat", Trigger.ISSUED);
        assertEquals(date(2026, 3, 9), due(rule, date(2026, 2, 9)));
    }

    @Test
    void micPlanningIsDueTenWorkingDaysAfterApproval() {
        Rule rule = rule(MIC, MINISTRY, "chien-luoc-quy-hoach", Trigger.APPROVED);
        // Monday 27 April is the compensatory day for Hùng Kings' day (Sunday 26 April), then 30 April and 1 May
        assertEquals(date(2026, 5, 13), due(rule, date(2026, 4, 24)));
    }

    @Test
    void micProjectsAndProcurementAreDueTenWorkingDaysAfterApproval() {
        for (String code : new String[] {"du-an-dau-tu", "dau-thau-mua-sam"}) {
            assertEquals(date(2026, 5, 13), due(rule(MIC, MINISTRY, code, Trigger.APPROVED), date(2026, 4, 24)), code);
        }
    }

    @Test
    void micScienceProgrammesAreDueTwentyWorkingDaysAfterApprovalOrAcceptance() {
        assertEquals(date(2026, 3, 13), due(rule(MIC, MINISTRY, "khoa-hoc-cong-nghe", Trigger.APPROVED),
                date(2026, 2, 6)));
        assertEquals(date(2026, 3, 13), due(rule(MIC, MINISTRY, "khoa-hoc-cong-nghe", Trigger.ACCEPTED),
                date(2026, 2, 6)));
    }

    @Test
    void micLicencesArePublishedMonthlyWhenTheyChange() {
        Rule rule = rule(MIC, MINISTRY, "giay-phep", Trigger.INFORMATION_CHANGED);
        assertEquals(Recurrence.of(RecurrenceKind.MONTHLY), rule.recurrence());
        Recurrence.Period january = rule.periodContaining(date(2026, 1, 15), CALENDAR).orElseThrow();
        assertEquals(date(2026, 1, 1), january.start());
        assertEquals(date(2026, 2, 2), january.due(), "31 January 2026 is a Saturday");
    }

    @Test
    void micEnterpriseDisclosuresAreDueEverySixMonths() {
        Rule rule = category(MIC, MINISTRY, "doanh-nghiep").rules().get(0);
        Recurrence.Period half = rule.periodContaining(date(2028, 9, 15), CALENDAR).orElseThrow();
        assertEquals(date(2028, 7, 1), half.start());
        assertEquals(date(2028, 12, 31), half.end());
        assertEquals(date(2029, 1, 2), half.due(), "Sunday 31 December, then New Year's Day");
    }

    @Test
    void micStatisticsFollowTheApprovedPeriodAndAdHocOnesAreDueTenWorkingDaysAfterTheDecision() {
        List<Rule> rules = category(MIC, MINISTRY, "thong-ke").rules();
        Rule periodic = rules.stream().filter(Rule::isRecurring).findFirst().orElseThrow();
        assertEquals(RecurrenceKind.AS_APPROVED, periodic.recurrence().kind());
        assertEquals(Optional.empty(), periodic.periodContaining(date(2026, 3, 1), CALENDAR), "no invented period");
        assertEquals(date(2026, 9, 11), due(rule(MIC, MINISTRY, "thong-ke", Trigger.PUBLICATION_DECIDED),
                date(2026, 8, 26)));
    }

    @Test
    void micAppointedLeadersAreDueTwoWorkingDaysAfterAppointment() {
        assertEquals(date(2026, 5, 5), due(rule(MIC, MINISTRY, "lanh-dao", Trigger.APPOINTED), date(2026, 4, 29)));
    }

    @Test
    void micRewardsAreDueFiveAndPenaltiesTwoWorkingDays() {
        assertEquals(date(2026, 2, 27), due(rule(MIC, MINISTRY, "khen-thuong", Trigger.CLEARED_FOR_PUBLICATION),
                date(2026, 2, 13)));
        assertEquals(date(2026, 2, 24), due(rule(MIC, MINISTRY, "thanh-tra-xu-phat", Trigger.CLEARED_FOR_PUBLICATION),
                date(2026, 2, 13)));
    }

    @Test
    void micDraftsForCommentGoUpAsSoonAsTheyAreSent() {
        Rule rule = rule(MIC, MINISTRY, "du-thao-van-ban", Trigger.DOCUMENT_RECEIVED);
        assertEquals(DeadlineKind.IMMEDIATELY, rule.deadline().kind());
    }

    @Test
    void micQuestionsAreAnsweredInFiveWorkingDaysOrTenWhenSeveralUnitsMustAnswer() {
        assertEquals(date(2026, 2, 23), due(rule(MIC, MINISTRY, "hoi-dap", Trigger.QUESTION_RECEIVED),
                date(2026, 2, 9)));
        assertEquals(date(2026, 3, 2), due(rule(MIC, MINISTRY, "hoi-dap", Trigger.QUESTION_RECEIVED,
                RuleCondition.SEVERAL_UNITS), date(2026, 2, 9)));
    }

    @Test
    void micEditsReceivedInformationWithinFourWorkingHours() {
        Rule rule = Presets.level(MIC, MINISTRY).portalRules().stream()
                .filter(r -> r.trigger() == Trigger.INFORMATION_RECEIVED).findFirst().orElseThrow();
        assertEquals("MIC Art. 14.1", rule.legalBasis());
        assertEquals(ZonedDateTime.of(2026, 2, 23, 9, 30, 0, 0, VIETNAM),
                rule.dueAt(ZonedDateTime.of(2026, 2, 13, 15, 0, 0, 0, VIETNAM), CALENDAR).orElseThrow(),
                "two hours on Friday 13 February, two after Tết on Monday 23");
    }

    @Test
    void micPublishesNewContentEveryWorkingDayAndRegularlyOnDaysOff() {
        Rule rule = Presets.level(MIC, MINISTRY).portalRules().stream().filter(Rule::isRecurring).findFirst()
                .orElseThrow();
        assertTrue(rule.recurrence().alsoOnDaysOff());
        Recurrence.Period tet = rule.periodContaining(date(2026, 2, 17), CALENDAR).orElseThrow();
        assertEquals(date(2026, 2, 14), tet.start(), "the day after Friday 13 February");
        assertEquals(date(2026, 2, 23), tet.due());
        Recurrence.Period ordinary = rule.periodContaining(date(2026, 3, 4), CALENDAR).orElseThrow();
        assertEquals(date(2026, 3, 4), ordinary.due());
    }

    @Test
    void micKeepsTheIntroductionCurrentExpiredDocumentsOneYearAndTheRestFiveYears() {
        assertEquals(RetentionKind.CONTINUOUS, category(MIC, MINISTRY, "gioi-thieu").retention().kind());
        assertEquals(RetentionKind.CONTINUOUS, category(MIC, MINISTRY, "giay-phep").retention().kind());
        var documents = category(MIC, MINISTRY, "van-ban-quy-pham-phap-luat").retention();
        assertEquals(Optional.empty(), documents.mayBeRemovedAfter(date(2026, 1, 5), null), "in force: stays");
        assertEquals(Optional.of(date(2027, 3, 1)), documents.mayBeRemovedAfter(date(2026, 1, 5), date(2026, 3, 1)));
        assertEquals(Optional.of(date(2031, 2, 13)),
                category(MIC, MINISTRY, "tin-tuc").retention().mayBeRemovedAfter(date(2026, 2, 13), null));
    }

    @Test
    void micMinistryUnitsHaveNoMinistryOnlyCategories() {
        PresetLevel unit = Presets.level(MIC, UnitLevel.MINISTRY_UNIT);
        assertTrue(unit.category("doanh-nghiep").isEmpty());
        assertTrue(unit.category("giay-phep").isPresent(), "a department that licenses publishes its licences");
    }
}
