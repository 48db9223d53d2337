package vn.cong.catalog.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.cong.catalog.preset.Presets.BNV;
import static vn.cong.catalog.preset.Presets.CALENDAR;
import static vn.cong.catalog.preset.Presets.VIETNAM;
import static vn.cong.catalog.preset.Presets.category;
import static vn.cong.catalog.preset.Presets.date;
import static vn.cong.catalog.preset.Presets.due;
import static vn.cong.catalog.preset.Presets.rule;

import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.cong.catalog.DeadlineKind;
import vn.cong.catalog.RetentionKind;
import vn.cong.catalog.Rule;
import vn.cong.catalog.Trigger;
import vn.cong.tenancy.UnitLevel;

/**
 * The Ministry of Home Affairs' administrative-reform site, Decision 588/QĐ-BNV (2024): one test per row of
 * REQUIREMENTS §4 where the BNV column has a value. Its hours are clock hours: holidays do not stop them.
 */
class BnvPresetTest {

    private static final UnitLevel SITE = UnitLevel.THEMATIC_SITE;

    @Test
    void bnvUpdatesContactsAndIntroductionOnChange() {
        for (String code : new String[] {"gioi-thieu", "lien-he"}) {
            Rule rule = rule(BNV, SITE, code, Trigger.INFORMATION_CHANGED);
            assertEquals(DeadlineKind.PROMPTLY, rule.deadline().kind(), code);
            assertEquals("BNV Art. 7.4đ", rule.legalBasis());
        }
    }

    @Test
    void bnvNewsOfAnEventIsDueWithinTwentyFourHoursEvenOnAHoliday() {
        Rule rule = rule(BNV, SITE, "tin-tuc", Trigger.EVENT_HELD);
        assertEquals(ZonedDateTime.of(2026, 2, 17, 20, 0, 0, 0, VIETNAM),
                rule.dueAt(ZonedDateTime.of(2026, 2, 16, 20, 0, 0, 0, VIETNAM), CALENDAR).orElseThrow());
        assertEquals(date(2026, 2, 17), due(rule, date(2026, 2, 16)));
    }

    @Test
    void bnvAdministrativeDocumentsAreDueWithinFortyEightHoursOfIssue() {
        Rule rule = rule(BNV, SITE, "van-ban-hanh-chinh", Trigger.ISSUED);
        assertEquals(ZonedDateTime.of(2026, 2, 15, 16, 0, 0, 0, VIETNAM),
                rule.dueAt(ZonedDateTime.of(2026, 2, 13, 16, 0, 0, 0, VIETNAM), CALENDAR).orElseThrow(),
                "a Sunday: clock hours, not working hours");
    }

    @Test
    void bnvLegalNormativeDocumentsAreDueWithinFortyEightHoursOfIssue() {
        Rule rule = rule(BNV, SITE, "van-ban-quy-pham-phap-luat", Trigger.ISSUED);
        assertEquals(DeadlineKind.HOURS, rule.deadline().kind());
        assertEquals(48, rule.deadline().amount());
        assertEquals(date(2026, 2, 15), due(rule, date(2026, 2, 13)));
    }

    @Test
    void bnvDraftsForCommentFollowTheirCommentPeriod() {
        Rule rule = rule(BNV, SITE, "du-thao-van-ban", Trigger.DOCUMENT_RECEIVED);
        assertEquals(DeadlineKind.COMMENT_PERIOD, rule.deadline().kind());
        assertEquals(Optional.empty(), rule.dueDate(date(2026, 2, 13), CALENDAR));
    }

    @Test
    void bnvPublishesAnAnswerAsSoonAsItIsReceived() {
        Rule rule = rule(BNV, SITE, "hoi-dap", Trigger.ANSWER_RECEIVED);
        assertEquals(DeadlineKind.IMMEDIATELY, rule.deadline().kind());
        assertEquals("BNV Art. 7.4c", rule.legalBasis());
    }

    @Test
    void bnvKeepsEverythingPermanently() {
        assertEquals(RetentionKind.PERMANENT, category(BNV, SITE, "mo-hinh-kinh-nghiem").retention().kind());
        assertEquals(Optional.empty(), category(BNV, SITE, "tin-tuc").retention()
                .mayBeRemovedAfter(date(2026, 1, 1), null));
    }
}
