package vn.cong.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cong.inbox.DueRulesTest.at;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cong.editorial.Item;
import vn.cong.editorial.ItemPublished;
import vn.cong.editorial.ItemState;
import vn.cong.editorial.ItemTransitioned;
import vn.cong.editorial.WorkflowAction;
import vn.cong.editorial.WorkflowFixtures;

/** Who hears of what in the editorial workflow, and what they read, in Vietnamese and in English. */
class EditorialNoticesTest {

    private static final long SECRETARY_2 = 42;
    private static final long DEPUTY = 51;
    private static final long OTHER_MEMBER = 43;
    private static final Instant WHEN = at(2026, 11, 18, 10, 0);
    private static final EditorialNotices.Board BOARD = new EditorialNotices.Board(
            Set.of(WorkflowFixtures.SECRETARY, SECRETARY_2), Set.of(WorkflowFixtures.HEAD), Set.of(DEPUTY),
            Set.of(WorkflowFixtures.MEMBER, OTHER_MEMBER));

    @Test
    void aSubmissionReachesTheWholeSecretariatWithItsEditingDueTime() {
        Item item = item(ItemState.SUBMITTED);
        EditorialNotices.Addressed notice = notice(item, WorkflowAction.SUBMIT, ItemState.DRAFT,
                WorkflowFixtures.AUTHOR, null, new EditorialNotices.Details("Nguyễn Thu Hà", "", "", "", "",
                        at(2026, 11, 18, 15, 30), "MIC Art. 14.1")).orElseThrow();
        assertEquals(Set.of(WorkflowFixtures.SECRETARY, SECRETARY_2), notice.recipients());
        assertEquals("item.submitted", notice.notice().kind());
        assertEquals("Tin bài mới chờ tiếp nhận: “Tin về lễ hội” (gửi bởi Nguyễn Thu Hà)."
                + " Hạn biên tập: 15:30 18/11/2026 (MIC Art. 14.1).", notice.notice().message("vi"));
        assertEquals("/admin/item-view.xhtml?id=21", notice.notice().link());
    }

    @Test
    void aRejectionReachesTheAuthorWithReasonAndNoteInTheirLanguage() {
        Item item = item(ItemState.REJECTED);
        EditorialNotices.Addressed notice = notice(item, WorkflowAction.REJECT, ItemState.SUBMITTED,
                WorkflowFixtures.SECRETARY, "Đề nghị ghi rõ nguồn tin.", new EditorialNotices.Details("Thư ký",
                        "Không rõ nguồn gốc", "Unknown source", "", "", null, "")).orElseThrow();
        assertEquals(Set.of(WorkflowFixtures.AUTHOR), notice.recipients());
        assertEquals("Tin bài “Tin về lễ hội” bị từ chối. Lý do: Không rõ nguồn gốc. Ghi chú: Đề nghị ghi rõ nguồn tin.",
                notice.notice().message("vi"));
        assertEquals("“Tin về lễ hội” was rejected. Reason: Unknown source. Note: Đề nghị ghi rõ nguồn tin.",
                notice.notice().message("en"));
    }

    @Test
    void anEscalationReachesOnlyTheMemberItWentTo() {
        Item item = item(ItemState.ESCALATED);
        assertEquals(Set.of(WorkflowFixtures.MEMBER), notice(item, WorkflowAction.ESCALATE, ItemState.IN_EDIT,
                WorkflowFixtures.SECRETARY, null, EditorialNotices.Details.NONE).orElseThrow().recipients());
    }

    @Test
    void anApprovalByTheMemberReachesTheSecretaryWhoTookItButTheSecretariatsOwnApprovalNobody() {
        Item item = item(ItemState.APPROVED);
        assertEquals(Set.of(WorkflowFixtures.SECRETARY), notice(item, WorkflowAction.APPROVE, ItemState.ESCALATED,
                WorkflowFixtures.MEMBER, null, EditorialNotices.Details.NONE).orElseThrow().recipients());
        assertEquals(Optional.empty(), notice(item, WorkflowAction.APPROVE, ItemState.IN_EDIT,
                WorkflowFixtures.SECRETARY, null, EditorialNotices.Details.NONE));
    }

    @Test
    void aReturnReachesTheSecretaryWhoTookItWithTheNote() {
        Item item = item(ItemState.IN_EDIT);
        EditorialNotices.Addressed notice = notice(item, WorkflowAction.RETURN, ItemState.ESCALATED,
                WorkflowFixtures.MEMBER, "Bổ sung số liệu", new EditorialNotices.Details("Thành viên", "", "", "", "",
                        null, "")).orElseThrow();
        assertEquals(Set.of(WorkflowFixtures.SECRETARY), notice.recipients());
        assertTrue(notice.notice().message("vi").endsWith(": Bổ sung số liệu"), notice.notice().message("vi"));
    }

    @Test
    void aForcePublicationReachesTheRestOfTheBoardForReview() {
        Item item = WorkflowFixtures.forcePublished(21, "Tin khẩn", WHEN);
        assertEquals(Set.of(WorkflowFixtures.SECRETARY, SECRETARY_2, DEPUTY, WorkflowFixtures.MEMBER, OTHER_MEMBER),
                notice(item, WorkflowAction.FORCE_PUBLISH, ItemState.SUBMITTED, WorkflowFixtures.HEAD, "Bão",
                        EditorialNotices.Details.NONE).orElseThrow().recipients());
    }

    @Test
    void aFailedScheduledPublicationReachesTheSecretariatAndTheHead() {
        Item item = item(ItemState.PUBLISH_FAILED);
        EditorialNotices.Addressed notice = notice(item, WorkflowAction.FAIL, ItemState.SCHEDULED, null,
                "publication.category-missing", new EditorialNotices.Details("", "", "", "Chuyên mục không còn",
                        "The category is gone", null, "")).orElseThrow();
        assertEquals(Set.of(WorkflowFixtures.SECRETARY, SECRETARY_2, WorkflowFixtures.HEAD), notice.recipients());
        assertEquals("The scheduled item “Tin về lễ hội” could not be published: The category is gone",
                notice.notice().message("en"));
    }

    @Test
    void aPublicationReachesItsContributorsButNotWhoeverPublishedIt() {
        Item item = item(ItemState.PUBLISHED);
        EditorialNotices.Addressed notice = EditorialNotices.forPublication(new ItemPublished(WorkflowFixtures.UNIT,
                item.getId(), Set.of(WorkflowFixtures.AUTHOR, WorkflowFixtures.SECRETARY), WorkflowAction.PUBLISH, WHEN), item)
                .orElseThrow();
        assertEquals(Set.of(WorkflowFixtures.AUTHOR), notice.recipients(), "the secretary published it");
    }

    @Test
    void nobodyIsToldOfTheirOwnMoveAndTakingAnItemTellsNobody() {
        Item item = item(ItemState.REJECTED);
        assertEquals(Optional.empty(), notice(item, WorkflowAction.REJECT, ItemState.SUBMITTED,
                WorkflowFixtures.AUTHOR, "tự từ chối", EditorialNotices.Details.NONE));
        assertEquals(Optional.empty(), notice(item(ItemState.IN_EDIT), WorkflowAction.TAKE, ItemState.SUBMITTED,
                WorkflowFixtures.SECRETARY, null, EditorialNotices.Details.NONE));
    }

    @Test
    void remindersGoToWhoeverTheItemWaitsFor() {
        Item inEdit = item(ItemState.IN_EDIT);
        EditorialNotices.Addressed overdue = EditorialNotices.reminder(inEdit, Waiting.IN_EDIT,
                at(2026, 11, 18, 15, 30), true, BOARD).orElseThrow();
        assertEquals(Set.of(WorkflowFixtures.SECRETARY), overdue.recipients(), "the secretary who took it");
        assertEquals("inbox.overdue", overdue.notice().kind());
        assertEquals("Đã quá hạn biên tập (hạn 15:30 18/11/2026): tin bài “Tin về lễ hội”.",
                overdue.notice().message("vi"));
        assertEquals("Due soon (receiving and editing) at 15:30 18/11/2026: “Tin về lễ hội”.",
                EditorialNotices.reminder(item(ItemState.SUBMITTED), Waiting.RECEIVED, at(2026, 11, 18, 15, 30),
                        false, BOARD).orElseThrow().notice().message("en"));
        assertEquals(Set.of(WorkflowFixtures.MEMBER),
                EditorialNotices.waitingFor(item(ItemState.ESCALATED), Waiting.ESCALATED, BOARD));
        assertEquals(Set.of(DEPUTY), EditorialNotices.waitingFor(WorkflowFixtures.forcePublished(22, "Tin khẩn", WHEN),
                Waiting.REVIEW, BOARD), "not the head who forced it");
    }

    private static Item item(ItemState state) {
        return WorkflowFixtures.item(21, "Tin về lễ hội", state, WHEN);
    }

    private static Optional<EditorialNotices.Addressed> notice(Item item, WorkflowAction action, ItemState from,
                                                              Long actor, String note,
                                                              EditorialNotices.Details details) {
        ItemTransitioned event = new ItemTransitioned(WorkflowFixtures.UNIT, item.getId(), action, from,
                item.getState(), actor, WHEN, note);
        return EditorialNotices.forTransition(event, item, BOARD, details);
    }
}
