package vn.cong.interaction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.cong.persistence.TestDatabase;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitLevel;

/**
 * The inbox's queries of questions on the product's tables (H2, migrated): one state's queue oldest due first with
 * the undated last, bounded, optionally only what is routed to one person; its tally — all, overdue at a moment, due
 * before the very-overdue cut-off — counted by the database; another unit's questions never counted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestionQueuesOnH2Test {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Question.Asker ASKER = Question.Asker.person("Nguyễn Văn Ảnh", "Việt Nam", "036090001234",
            "Thôn Đồng Bùa, xã Đạo Trù", "0912 345 678", null);

    private EntityManagerFactory emf;
    private Unit daoTru;
    private Unit tamDao;

    @BeforeAll
    void migrate() {
        emf = TestDatabase.migratedH2("question-queues");
        daoTru = unit("daotru", UnitLevel.COMMUNE);
        tamDao = unit("tamdao", UnitLevel.DISTRICT);
        TestDatabase.asUnit(emf, daoTru.getId(), em -> {
            em.persist(question(1, "không hạn", null, null));
            em.persist(question(2, "hạn 9/12", at(12, 9, 17), null));
            em.persist(question(3, "hạn 2/12", at(12, 2, 17), null));
            em.persist(question(4, "hạn 11/12", at(12, 11, 17), null));
            em.persist(question(5, "hạn 10/12 lúc 9 giờ", at(12, 10, 9), null));
            em.persist(question(6, "giao 41, hạn 1/12", at(12, 1, 17), 41L));
            em.persist(question(7, "giao 42, hạn 14/12", at(12, 14, 17), 42L));
            return null;
        });
        TestDatabase.asUnit(emf, tamDao.getId(), em -> {
            em.persist(question(1, "của huyện, hạn 1/12", at(12, 1, 17), null));
            return null;
        });
    }

    @AfterAll
    void close() {
        emf.close();
    }

    @Test
    void aQueueIsOldestDueFirstWithTheUndatedLastAndBounded() {
        assertEquals(List.of("hạn 2/12", "hạn 9/12", "hạn 10/12 lúc 9 giờ", "hạn 11/12", "không hạn"),
                subjects(QuestionState.RECEIVED, null, 20));
        assertEquals(List.of("hạn 2/12", "hạn 9/12"), subjects(QuestionState.RECEIVED, null, 2));
        assertEquals(List.of("giao 41, hạn 1/12"), subjects(QuestionState.ROUTED, 41L, 20));
        assertEquals(List.of("giao 41, hạn 1/12", "giao 42, hạn 14/12"), subjects(QuestionState.ROUTED, null, 20));
    }

    @Test
    void theTallyCountsAllOverdueAndVeryOverdueInTheDatabase() {
        Instant now = at(12, 10, 9);
        Instant veryOverdueBefore = LocalDate.of(2026, 12, 3).atStartOfDay(VIETNAM).toInstant();
        assertEquals(new QuestionRepository.Tally(5, 3, 1), TestDatabase.asUnit(emf, daoTru.getId(), em ->
                        QuestionRepository.tally(em, QuestionState.RECEIVED, null, now, veryOverdueBefore)),
                "overdue: due 2/12, 9/12 and at 9:00 today — the moment itself; very: 2/12; the undated never");
        assertEquals(new QuestionRepository.Tally(1, 1, 1), TestDatabase.asUnit(emf, daoTru.getId(), em ->
                QuestionRepository.tally(em, QuestionState.ROUTED, 41L, now, veryOverdueBefore)));
        assertEquals(new QuestionRepository.Tally(0, 0, 0), TestDatabase.asUnit(emf, daoTru.getId(), em ->
                QuestionRepository.tally(em, QuestionState.ANSWERED, null, now, veryOverdueBefore)), "none: zeros");
        assertEquals(new QuestionRepository.Tally(1, 1, 1), TestDatabase.asUnit(emf, tamDao.getId(), em ->
                QuestionRepository.tally(em, QuestionState.RECEIVED, null, now, veryOverdueBefore)),
                "the district counts its own one only");
    }

    private List<String> subjects(QuestionState state, Long routedTo, int max) {
        return TestDatabase.asUnit(emf, daoTru.getId(), em -> QuestionRepository.queue(em, state, routedTo, max))
                .stream().map(Question::getSubject).toList();
    }

    private Unit unit(String label, UnitLevel level) {
        return TestDatabase.platform(emf, em -> {
            Unit unit = new Unit(null, level, "Đơn vị " + label, null, null, label, "gov-red", at(11, 1, 8));
            em.persist(unit);
            return unit;
        });
    }

    private static Question question(int number, String subject, Instant due, Long routedTo) {
        Question question = new Question(new TrackingCode(LocalDate.of(2026, 12, 1), number), subject, "Hỏi", ASKER,
                at(12, 1, 7).plusSeconds(number));
        if (due != null) {
            question.due(due, null);
        }
        if (routedTo != null) {
            question.route(routedTo, null, at(12, 1, 8));
        }
        return question;
    }

    private static Instant at(int month, int day, int hour) {
        return LocalDate.of(2026, month, day).atTime(hour, 0).atZone(VIETNAM).toInstant();
    }
}
