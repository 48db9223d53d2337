package vn.cong.catalog.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cong.catalog.preset.Presets.CALENDAR;
import static vn.cong.catalog.preset.Presets.VIETNAM;
import static vn.cong.catalog.preset.Presets.VP;
import static vn.cong.catalog.preset.Presets.category;
import static vn.cong.catalog.preset.Presets.date;
import static vn.cong.catalog.preset.Presets.due;
import static vn.cong.catalog.preset.Presets.rule;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.cong.catalog.DeadlineKind;
import vn.cong.catalog.RetentionKind;
import vn.cong.catalog.Rule;
import vn.cong.catalog.Trigger;
import vn.cong.tenancy.UnitLevel;

/**
 * Vĩnh Phúc, Decision 32/2023/QĐ-UBND: one test per row of REQUIREMENTS §4 where the VP column has a value, counted
 * on the Labor Code's calendar (Tết 2026: 16–20 February).
 */
class VinhPhucPresetTest {

    private static final UnitLevel COMMUNE = UnitLevel.COMMUNE;

    @Test
    void vinhPhucContactsAndIntroductionChangesArePublishedPromptlyWithNoInventedNumber() {
        for (String code : new String[] {"gioi-thieu", "lien-he", "co-cau-to-chuc"}) {
            Rule rule = rule(VP, COMMUNE, code, Trigger.INFORMATION_CHANGED);
            assertEquals(DeadlineKind.PROMPTLY, rule.deadline().kind(), code);
            assertEquals(Optional.empty(), rule.dueDate(date(2026, 2, 13), CALENDAR), "promptly has no due date");
            assertTrue(rule.legalBasis().startsWith("VP Art. 6.1"), rule.legalBasis());
        }
    }

    @Test
    void vinhPhucUnitActivityNewsIsPublishedPromptly() {
        Rule rule = rule(VP, COMMUNE, "tin-tuc", Trigger.EVENT_HELD);
        assertEquals(DeadlineKind.PROMPTLY, rule.deadline().kind());
        assertTrue(!rule.hasComputableDeadline());
    }

    @Test
    void vinhPhucAdministrativeDocumentsAreDueTwoWorkingDaysAfterSigningAcrossTet() {
        Rule rule = rule(VP, COMMUNE, "van-ban-hanh-chinh", Trigger.SIGNED);
        assertEquals("VP Art. 6.2", rule.legalBasis());
        assertEquals(date(2026, 2, 24), due(rule, date(2026, 2, 13)), "Friday 13 February → Tết → Tuesday 24");
    }

    @Test
    void vinhPhucLegalNormativeDocumentsAreDueSevenWorkingDaysAfterSigning() {
        Rule rule = rule(VP, COMMUNE, "van-ban-quy-pham-phap-luat", Trigger.SIGNED);
        assertEquals(date(2026, 3, 2), due(rule, date(2026, 2, 12)),
                "Thursday 12 February: 13, 23, 24, 25, 26, 27 February, 2 March");
    }

    @Test
    void vinhPhucEmergencyDocumentsAreDueOnTheDayOfSigningEvenOnADayOff() {
        Rule rule = rule(VP, COMMUNE, "van-ban-khan-cap", Trigger.SIGNED);
        LocalDate saturday = date(2026, 2, 14);
        assertEquals(saturday, due(rule, saturday));
        assertEquals(ZonedDateTime.of(2026, 2, 15, 0, 0, 0, 0, VIETNAM),
                rule.dueAt(ZonedDateTime.of(2026, 2, 14, 9, 0, 0, 0, VIETNAM), CALENDAR).orElseThrow(),
                "by the end of that day");
    }

    @Test
    void vinhPhucLawDisseminationIsPublishedPromptly() {
        Rule rule = rule(VP, COMMUNE, "tuyen-truyen-phap-luat", Trigger.ISSUED);
        assertEquals(DeadlineKind.PROMPTLY, rule.deadline().kind());
    }

    @Test
    void vinhPhucPlanningIsDueFifteenCalendarDaysAfterApprovalRolledPastTet() {
        Rule rule = rule(VP, COMMUNE, "quy-hoach", Trigger.APPROVED);
        assertEquals(DeadlineKind.CALENDAR_DAYS, rule.deadline().kind());
        assertEquals(date(2026, 2, 23), due(rule, date(2026, 2, 1)),
                "the 15th day, Monday 16 February, is Tết: the period ends on the next working day");
    }

    @Test
    void vinhPhucProjectsProcurementAndFundsAreDueTwoWorkingDaysAfterApproval() {
        for (String code : new String[] {"du-an-dau-tu", "dau-thau-mua-sam", "nguon-von-quy"}) {
            Rule rule = rule(VP, COMMUNE, code, Trigger.APPROVED);
            assertEquals("VP Art. 6.4", rule.legalBasis());
            assertEquals(date(2026, 5, 5), due(rule, date(2026, 4, 29)), code + ": 30 April and 1 May are holidays");
        }
    }

    @Test
    void vinhPhucScienceProgrammesAreDueTenWorkingDaysAfterApprovalOrAcceptance() {
        // 27 April (compensatory day for Hùng Kings' day on a Sunday), 30 April and 1 May are days off
        assertEquals(date(2026, 5, 12), due(rule(VP, COMMUNE, "khoa-hoc-cong-nghe", Trigger.ACCEPTED),
                date(2026, 4, 23)));
        assertEquals(date(2026, 5, 12), due(rule(VP, COMMUNE, "khoa-hoc-cong-nghe", Trigger.APPROVED),
                date(2026, 4, 23)));
    }

    @Test
    void vinhPhucStatisticsAreDueInTheDefaultFiveWorkingDays() {
        Rule rule = rule(VP, COMMUNE, "thong-ke", Trigger.INFORMATION_AVAILABLE);
        assertEquals("VP Art. 6.7", rule.legalBasis());
        assertEquals(date(2026, 9, 8), due(rule, date(2026, 8, 28)), "1 and 2 September are National Day");
    }

    @Test
    void vinhPhucAppointedLeadersArePublishedPromptly() {
        Rule rule = rule(VP, COMMUNE, "lanh-dao", Trigger.APPOINTED);
        assertEquals(DeadlineKind.PROMPTLY, rule.deadline().kind());
    }

    @Test
    void vinhPhucDraftsForCommentArePublishedImmediatelyOnReceipt() {
        Rule rule = rule(VP, COMMUNE, "du-thao-van-ban", Trigger.DOCUMENT_RECEIVED);
        assertEquals(DeadlineKind.IMMEDIATELY, rule.deadline().kind());
        assertEquals(Optional.empty(), rule.dueDate(date(2026, 2, 13), CALENDAR));
    }

    @Test
    void vinhPhucAnythingElseIsDueWithinFiveWorkingDays() {
        Rule rule = rule(VP, COMMUNE, "thong-tin-khac", Trigger.INFORMATION_AVAILABLE);
        assertEquals("VP Art. 6.7", rule.legalBasis());
        assertEquals(date(2026, 2, 26), due(rule, date(2026, 2, 12)));
    }

    @Test
    void vinhPhucKeepsApprovedContentAsTheArchivesLawRequires() {
        assertEquals(RetentionKind.ARCHIVAL_LAW, category(VP, COMMUNE, "tin-tuc").retention().kind());
        assertEquals(Optional.empty(), category(VP, COMMUNE, "van-ban-quy-pham-phap-luat").retention()
                .mayBeRemovedAfter(date(2026, 1, 5), date(2026, 6, 1)));
    }

    @Test
    void vinhPhucProvinceAlonePublishesTheGazetteAndInvestmentPromotionInEnglish() {
        assertTrue(Presets.level(VP, UnitLevel.PROVINCE).category("cong-bao").isPresent());
        assertTrue(Presets.level(VP, COMMUNE).category("cong-bao").isEmpty());
        assertTrue(category(VP, UnitLevel.PROVINCE, "xuc-tien-dau-tu").englishRequired());
        assertTrue(Presets.level(VP, UnitLevel.DEPARTMENT).category("tu-nhien-lich-su-van-hoa").isEmpty(),
                "a department introduces its functions, not a territory (VP Art. 5.1b)");
    }
}
