package vn.cong.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.cong.inbox.DueRulesTest.at;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The reminders of one due time: "due soon" before it, "overdue" at it, each once; a new due time starts over. */
class InboxDeadlineTest {

    private static final Instant DUE = at(2026, 11, 18, 15, 30);
    private static final Instant WARN = DUE.minus(Duration.ofMinutes(30));

    @Test
    void aWarningComesBeforeTheDueTimeAndTheOverdueNoticeAtItEachOnce() {
        InboxDeadline row = new InboxDeadline(10, 77, Waiting.RECEIVED);
        row.dueAt(DUE, WARN, at(2026, 11, 18, 11, 30));
        assertEquals(InboxDeadline.NONE, row.reminderDueAt(WARN.minusSeconds(1)));
        assertEquals(InboxDeadline.WARNED, row.reminderDueAt(WARN));
        row.reminded(InboxDeadline.WARNED);
        assertEquals(InboxDeadline.NONE, row.reminderDueAt(WARN.plusSeconds(60)), "warned once");
        assertEquals(InboxDeadline.OVERDUE, row.reminderDueAt(DUE));
        row.reminded(InboxDeadline.OVERDUE);
        assertEquals(InboxDeadline.NONE, row.reminderDueAt(DUE.plus(Duration.ofDays(3))), "told once");
    }

    @Test
    void aDueTimeTooNearToWarnBeforeGetsOnlyTheOverdueNotice() {
        InboxDeadline row = new InboxDeadline(10, 77, Waiting.APPROVED);
        row.dueAt(DUE, WARN, WARN.plusSeconds(1));
        assertEquals(InboxDeadline.NONE, row.reminderDueAt(WARN.plusSeconds(60)));
        assertEquals(InboxDeadline.OVERDUE, row.reminderDueAt(DUE.plusSeconds(1)));
    }

    @Test
    void aMissedWarningIsSkippedWhenTheDueTimeHasPassedToo() {
        InboxDeadline row = new InboxDeadline(10, 77, Waiting.RECEIVED);
        row.dueAt(DUE, WARN, at(2026, 11, 18, 11, 30));
        assertEquals(InboxDeadline.OVERDUE, row.reminderDueAt(DUE.plusSeconds(5)), "straight to overdue");
    }

    @Test
    void aNewDueTimeStartsTheRemindersOverAndTheSameOneKeepsThem() {
        InboxDeadline row = new InboxDeadline(10, 77, Waiting.IN_EDIT);
        row.dueAt(DUE, WARN, at(2026, 11, 18, 11, 30));
        row.reminded(InboxDeadline.OVERDUE);
        row.dueAt(DUE, WARN, at(2026, 11, 18, 16, 0));
        assertEquals(InboxDeadline.NONE, row.reminderDueAt(DUE.plusSeconds(60)), "the same due time: already told");
        Instant later = at(2026, 11, 19, 10, 0);
        row.dueAt(later, later.minus(Duration.ofMinutes(30)), at(2026, 11, 18, 16, 0));
        assertEquals(InboxDeadline.WARNED, row.reminderDueAt(later.minus(Duration.ofMinutes(10))));
    }
}
