package vn.cong.interaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cong.calendar.InMemoryWorkingCalendar;
import vn.cong.compliance.ComplianceSettings;
import vn.cong.compliance.StatusRule;
import vn.cong.identity.Actor;
import vn.cong.identity.Role;
import vn.cong.platform.PlatformEntity;

/**
 * The questions of a person's inbox at a fixed clock: which lists each role gets (from the question policy), each row
 * with its lateness, the numbers as the database counts them with the right "now" and very-overdue cut-off, at most
 * {@link QuestionInbox#ROWS} rows asked for. The repository is a fake that answers the queries honestly from a list
 * already in due order (the order itself is the query's: {@code QuestionQueuesOnH2Test}).
 */
class QuestionInboxTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Thursday 10 December 2026, 09:00 in Hà Nội. */
    private static final Instant NOW = at(12, 10, 9);
    private static final StatusRule RULE = new StatusRule(InMemoryWorkingCalendar.withoutSchedule(), 2, 5);
    private static final long UNIT = 7;
    private static final long RESPONDER = 41;
    private static final long HEAD = 42;

    private final List<Question> questions = new ArrayList<>();
    private final List<String> asked = new ArrayList<>();
    private final List<Instant> cutOffs = new ArrayList<>();

    QuestionInboxTest() {
        // received, in due order: six working days past due, one past, due tomorrow, no due date
        questions.add(question(1, "Đèn đường", at(12, 2, 17)));
        questions.add(question(2, "Lịch tiếp dân", at(12, 9, 17)));
        questions.add(question(3, "Giấy phép xây dựng", at(12, 11, 17)));
        questions.add(question(4, "Góp ý", null));
        Question mine = question(5, "Đất đai", at(12, 1, 17));
        mine.route(RESPONDER, null, at(12, 1, 8));
        questions.add(mine);
        Question theHeads = question(6, "Học phí", at(12, 14, 17));
        theHeads.route(HEAD, null, at(12, 2, 8));
        questions.add(theHeads);
        Question answered = question(7, "Hộ tịch", at(11, 30, 17));
        answered.answer("Đã trả lời.", HEAD, "Trưởng ban", at(12, 1, 10));
        questions.add(answered);
    }

    @Test
    void theSecretariatSeesTheReceivedQuestionsWithTheirLatenessAndTheAnswersToPublish() {
        List<QuestionSection> sections = inbox().of(actor(3, Role.SECRETARIAT));
        assertEquals(List.of("questions-received", "questions-answered"), ids(sections));
        QuestionSection received = sections.get(0);
        assertEquals(List.of("PAKN.20261201.0001", "PAKN.20261201.0002", "PAKN.20261201.0003",
                "PAKN.20261201.0004"), received.rows().stream().map(r -> r.code().toString()).toList());
        assertEquals(List.of(Lateness.VERY_OVERDUE, Lateness.OVERDUE, Lateness.DUE_SOON, Lateness.NO_DEADLINE),
                received.rows().stream().map(DeskRow::lateness).toList());
        assertEquals(4, received.total());
        assertEquals(2, received.overdue(), "due 2/12 and 9/12: past");
        assertEquals(1, received.veryOverdue(), "due 2/12: six working days before Thursday 10/12");
        assertEquals(QuestionDesk.Filter.RECEIVED, received.deskFilter());
        assertEquals(at(12, 3, 0), cutOffs.get(0), "due before Thursday 3/12 is more than five working days late");
        assertEquals(PersonalDataMask.name("Trần Văn Bình"), received.rows().get(0).askerName(), "masked, as on the desk");
        assertFalse(received.rows().get(0).askerName().contains("Trần Văn"));

        QuestionSection answered = sections.get(1);
        assertEquals(List.of(Lateness.ANSWERED), answered.rows().stream().map(DeskRow::lateness).toList());
        assertEquals(0, answered.overdue(), "answered past its due date, yet not late any more: the answer met it");
        assertEquals(0, answered.veryOverdue());
    }

    @Test
    void aResponderSeesOnlyWhatIsRoutedToThemAndTheHeadBothLists() {
        List<QuestionSection> responder = inbox().of(actor(RESPONDER, Role.QA_RESPONDER));
        assertEquals(List.of("questions-routed-to-me"), ids(responder));
        assertEquals(List.of("Đất đai"), responder.get(0).rows().stream().map(DeskRow::subject).toList());
        assertEquals(List.of(Lateness.VERY_OVERDUE), responder.get(0).rows().stream().map(DeskRow::lateness).toList());
        assertEquals(1, responder.get(0).veryOverdue());

        List<QuestionSection> head = inbox().of(actor(HEAD, Role.HEAD));
        assertEquals(List.of("questions-received", "questions-routed-to-me", "questions-answered"), ids(head));
        assertEquals(List.of("Học phí"), head.get(1).rows().stream().map(DeskRow::subject).toList());
        assertEquals(0, head.get(1).overdue(), "due next Monday");
    }

    @Test
    void whoMayNotAnswerHasNoRoutedListAndWhoMayNotSeeTheDeskNoQuestionAtAll() {
        assertEquals(List.of("questions-received", "questions-answered"),
                ids(inbox().of(actor(43, Role.DEPUTY_HEAD))), "a deputy head sorts, but does not answer");
        asked.clear();
        assertEquals(List.of(), inbox().of(actor(44, Role.EDITOR)));
        assertEquals(List.of(), asked, "nothing was even counted for an editor");
        assertEquals(List.of(), inbox().of(actor(45, Role.QA_RESPONDER)), "a responder with nothing routed to them");
    }

    @Test
    void aListAsksForAtMostItsRowsAndSaysWhenTheDeskHasMore() {
        for (int n = 10; n < 40; n++) {
            questions.add(question(n, "Câu hỏi " + n, null));
        }
        QuestionSection received = inbox().of(actor(3, Role.SECRETARIAT)).get(0);
        assertEquals(QuestionInbox.ROWS, received.rows().size());
        assertEquals(34, received.total());
        assertTrue(received.isMore());
        assertTrue(asked.contains("queue RECEIVED null " + QuestionInbox.ROWS), asked.toString());
        assertFalse(inbox().of(actor(RESPONDER, Role.QA_RESPONDER)).get(0).isMore());
    }

    private QuestionInbox inbox() {
        QuestionInbox inbox = new QuestionInbox();
        inbox.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        inbox.settings = new ComplianceSettings() {
            @Override
            public StatusRule statusRule() {
                return RULE;
            }
        };
        inbox.questions = new QuestionRepository() {
            @Override
            public List<Question> queue(QuestionState state, Long routedTo, int max) {
                asked.add("queue " + state + " " + routedTo + " " + max);
                return in(state, routedTo).limit(max).toList();
            }

            @Override
            public Tally tally(QuestionState state, Long routedTo, Instant now, Instant veryOverdueBefore) {
                asked.add("tally " + state + " " + routedTo);
                cutOffs.add(veryOverdueBefore);
                return new Tally(in(state, routedTo).count(),
                        in(state, routedTo).filter(q -> q.getDueAt() != null && !q.getDueAt().isAfter(now)).count(),
                        in(state, routedTo).filter(q -> q.getDueAt() != null
                                && q.getDueAt().isBefore(veryOverdueBefore)).count());
            }
        };
        return inbox;
    }

    private java.util.stream.Stream<Question> in(QuestionState state, Long routedTo) {
        return questions.stream().filter(q -> q.getState() == state)
                .filter(q -> routedTo == null || Objects.equals(q.getRoutedTo(), routedTo));
    }

    private static List<String> ids(List<QuestionSection> sections) {
        return sections.stream().map(QuestionSection::id).toList();
    }

    private static Actor actor(long account, Role role) {
        return new Actor(account, "nguoi" + account, "Người " + account, UNIT, Set.of(role));
    }

    private static Question question(long id, String subject, Instant due) {
        Question question = new Question(new TrackingCode(LocalDate.of(2026, 12, 1), (int) id), subject, "Hỏi",
                Question.Asker.person("Trần Văn Bình", "Việt Nam", "026085004321", "Xã Đạo Trù", "0987654321", null),
                at(12, 1, 7));
        if (due != null) {
            question.due(due, 100 + id);
        }
        try {
            Field field = PlatformEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(question, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return question;
    }

    private static Instant at(int month, int day, int hour) {
        return LocalDate.of(2026, month, day).atTime(hour, 0).atZone(VIETNAM).toInstant();
    }
}
