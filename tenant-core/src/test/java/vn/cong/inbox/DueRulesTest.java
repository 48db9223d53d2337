package vn.cong.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.cong.calendar.InMemoryWorkingCalendar;
import vn.cong.calendar.WorkingCalendar;
import vn.cong.catalog.Deadline;
import vn.cong.catalog.DeadlineKind;
import vn.cong.catalog.Rule;
import vn.cong.catalog.Trigger;
import vn.cong.catalog.preset.BundledPresets;
import vn.cong.editorial.Item;
import vn.cong.editorial.ItemState;
import vn.cong.editorial.WorkflowAction;
import vn.cong.editorial.WorkflowFixtures;

/**
 * The due times of the inboxes, counted in office hours (07:30–11:30, 13:00–17:00, Vietnam time) of the national
 * calendar: lunch, evenings, weekends and Tết do not count; MIC Art. 14.1's 4 working hours come from the unit's
 * preset, or apply by default.
 */
class DueRulesTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final WorkingCalendar CALENDAR = InMemoryWorkingCalendar.withoutSchedule();

    /** A ministry portal: the MIC 146/2017 preset carries Art. 14.1 as data. */
    private final DueRules mic = DueRules.forPortal(portalRules("mic-146-2017"), CALENDAR);
    /** A Vĩnh Phúc commune: its preset has no editing rule. */
    private final DueRules commune = DueRules.forPortal(portalRules("vinh-phuc-32-2023"), CALENDAR);

    @Test
    void theEditingRuleIsReadFromTheUnitsPresetAndIsFourWorkingHoursWhereThePresetHasNone() {
        assertEquals(new Deadline(DeadlineKind.WORKING_HOURS, 4), mic.editingRule().deadline());
        assertEquals("MIC Art. 14.1", mic.editingRule().legalBasis());
        assertSame(DueRules.MIC_EDITING, commune.editingRule());
    }

    @Test
    void anItemReceivedInTheMorningIsDueAfterLunchWhichDoesNotCount() {
        Item item = submitted(at(2026, 11, 18, 10, 0));
        assertEquals(Optional.of(at(2026, 11, 18, 15, 30)), commune.due(item, Waiting.RECEIVED));
        assertEquals(Optional.of(at(2026, 11, 18, 15, 30)), mic.due(item, Waiting.RECEIVED));
    }

    @Test
    void anItemReceivedInTheEveningIsDueBeforeLunchNextDay() {
        assertEquals(Optional.of(at(2026, 11, 19, 11, 30)),
                commune.due(submitted(at(2026, 11, 18, 18, 45)), Waiting.RECEIVED));
    }

    @Test
    void anItemReceivedOnFridayAfternoonIsDueOnMondayMorning() {
        assertEquals(Optional.of(at(2026, 11, 23, 10, 30)),
                commune.due(submitted(at(2026, 11, 20, 16, 0)), Waiting.RECEIVED));
        assertEquals(Optional.of(at(2026, 11, 23, 11, 30)),
                commune.due(submitted(at(2026, 11, 21, 9, 0)), Waiting.RECEIVED), "received on Saturday");
    }

    @Test
    void theTetHolidaysDoNotCount() {
        // Friday 13 February 2026 at 15:00: two hours that day; Tết (16–20 February) and the weekends pass
        assertEquals(Optional.of(at(2026, 2, 23, 9, 30)),
                commune.due(submitted(at(2026, 2, 13, 15, 0)), Waiting.RECEIVED));
    }

    @Test
    void takingAnItemDoesNotRestartItsFourHours() {
        Item item = submitted(at(2026, 11, 18, 10, 0));
        WorkflowFixtures.move(item, WorkflowAction.TAKE, WorkflowFixtures.SECRETARY, at(2026, 11, 18, 14, 0));
        assertEquals(at(2026, 11, 18, 10, 0), commune.since(item, Waiting.IN_EDIT));
        assertEquals(Optional.of(at(2026, 11, 18, 15, 30)), commune.due(item, Waiting.IN_EDIT));
    }

    @Test
    void aLongerRuleOfTheUnitIsObeyed() {
        DueRules sixHours = DueRules.forPortal(List.of(Rule.deadline(Trigger.INFORMATION_RECEIVED,
                new Deadline(DeadlineKind.WORKING_HOURS, 6), "Quy chế của đơn vị")), CALENDAR);
        assertEquals(Optional.of(at(2026, 11, 19, 11, 0)),
                sixHours.due(submitted(at(2026, 11, 18, 14, 30)), Waiting.RECEIVED));
        assertEquals("Quy chế của đơn vị", sixHours.editingRule().legalBasis());
    }

    @Test
    void anApprovedItemIsDueWithinTheNextWorkingHourAcrossLunch() {
        Item approved = WorkflowFixtures.item(3, "Tin đã duyệt", ItemState.APPROVED, at(2026, 11, 18, 11, 0));
        assertEquals(Optional.of(at(2026, 11, 18, 13, 30)), commune.due(approved, Waiting.APPROVED));
    }

    @Test
    void anEscalatedItemIsDueOneWorkingDayLater() {
        Item escalated = WorkflowFixtures.item(4, "Tin xin ý kiến", ItemState.ESCALATED, at(2026, 11, 20, 15, 0));
        assertEquals(Optional.of(at(2026, 11, 23, 15, 0)), commune.due(escalated, Waiting.ESCALATED));
    }

    @Test
    void aRejectedItemIsDueBackFromItsAuthorTwoWorkingDaysLater() {
        Item rejected = WorkflowFixtures.item(5, "Tin bị từ chối", ItemState.REJECTED, at(2026, 11, 18, 9, 0));
        assertEquals(Optional.of(at(2026, 11, 20, 9, 0)), commune.due(rejected, Waiting.REJECTED));
    }

    @Test
    void aForcePublishedItemIsDueForReviewWithinAWorkingDayOfItsPublication() {
        Item forced = WorkflowFixtures.forcePublished(6, "Tin khẩn", at(2026, 11, 21, 20, 0));
        assertEquals(Optional.of(at(2026, 11, 23, 17, 0)), commune.due(forced, Waiting.REVIEW), "a Saturday night");
    }

    @Test
    void anAmendmentIsDueFourWorkingHoursAfterItsFirstUnpublishedSave() {
        Item amended = WorkflowFixtures.amended(7, "Tin sửa đổi", at(2026, 11, 2, 9, 0), at(2026, 11, 18, 16, 30));
        assertEquals(Optional.of(at(2026, 11, 19, 11, 0)), commune.due(amended, Waiting.AMENDMENT));
        assertEquals(List.of(Waiting.AMENDMENT), Waiting.of(amended));
    }

    @Test
    void aScheduledItemIsDueAtItsPublicationTimeAndADraftIsDueNever() {
        Item scheduled = WorkflowFixtures.item(8, "Tin hẹn giờ", ItemState.SCHEDULED, at(2026, 11, 18, 9, 0));
        assertEquals(Optional.of(scheduled.getScheduledAt()), commune.due(scheduled, Waiting.SCHEDULED));
        assertEquals(List.of(), Waiting.of(WorkflowFixtures.item(9, "Nháp", ItemState.DRAFT, at(2026, 11, 18, 9, 0))));
    }

    @Test
    void aTimeOutsideTheCalendarsYearsHasNoDueTimeRatherThanAnError() {
        assertEquals(Optional.empty(), commune.due(submitted(at(1979, 5, 7, 9, 0)), Waiting.RECEIVED));
    }

    private static Item submitted(Instant when) {
        return WorkflowFixtures.item(1, "Tin gửi Ban Biên tập", ItemState.SUBMITTED, when);
    }

    static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(VIETNAM).toInstant();
    }

    private static List<Rule> portalRules(String presetCode) {
        return BundledPresets.read().stream().filter(b -> b.preset().ref().code().equals(presetCode)).findFirst()
                .orElseThrow().preset().portalRules();
    }
}
