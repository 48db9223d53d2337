package vn.cong.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.RollbackException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cong.interaction.Question;
import vn.cong.interaction.TrackingCode;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitLevel;

/**
 * Citizens' questions (V20) on a real MariaDB: the asker's identity columns hold sealed values only — no name, ID
 * number, address, phone or e-mail in plain text —, JPA reads them back whole, a tracking code is a unit's once, and
 * another unit sees none of them.
 */
class QuestionPersistenceIT {

    private static final Instant RECEIVED = Instant.parse("2026-12-02T03:00:00Z");
    private static final Question.Asker ASKER = Question.Asker.person("Nguyễn Văn Ảnh", "Việt Nam", "036090001234",
            "Thôn Đồng Bùa, xã Đạo Trù", "0912 345 678", "anh.nguyen@example.vn");

    private static EntityManagerFactory emf;
    private static Unit daoTru;
    private static Unit tamDao;

    @BeforeAll
    static void migrate() {
        TestDatabase.recreateSchema();
        emf = TestDatabase.entityManagerFactory();
        daoTru = TestDatabase.platform(emf, em -> {
            Unit unit = new Unit(null, UnitLevel.COMMUNE, "Xã Đạo Trù", null, null, "daotru", "gov-red", RECEIVED);
            em.persist(unit);
            return unit;
        });
        tamDao = TestDatabase.platform(emf, em -> {
            Unit unit = new Unit(null, UnitLevel.DISTRICT, "Huyện Tam Đảo", null, null, "tamdao", "gov-red", RECEIVED);
            em.persist(unit);
            return unit;
        });
    }

    @AfterAll
    static void close() {
        if (emf != null) {
            emf.close();
        }
    }

    @Test
    void theIdentityColumnsHoldNoPlainTextAndReadBackWhole() {
        TrackingCode code = new TrackingCode(LocalDate.of(2026, 12, 2), 1);
        TestDatabase.asUnit(emf, daoTru.getId(), em -> {
            em.persist(new Question(code, "Đèn đường thôn Đồng Bùa", "Đèn đường hỏng đã hai tuần.", ASKER, RECEIVED));
            return null;
        });
        List<?> rows = TestDatabase.platform(emf, em -> em.createNativeQuery("select concat_ws('|', asker_name, asker_nationality,"
                        + " asker_id_number, asker_address, asker_phone, asker_email) from question"
                        + " where tenant_id = ?1 and day_number = 1")
                .setHint("eclipselink.jdbc.allow-native-sql-query", true).setParameter(1, daoTru.getId())
                .getResultList());
        assertEquals(1, rows.size());
        String stored = String.valueOf(rows.get(0));
        for (String plain : new String[] {"Nguyễn", "Ảnh", "036090001234", "Đồng Bùa", "0912", "345 678",
            "example.vn", "Việt Nam"}) {
            assertFalse(stored.contains(plain), plain + " in the table: " + stored);
        }
        for (String column : stored.split("\\|")) {
            assertTrue(column.startsWith("v1:"), column);
        }
        Question read = TestDatabase.asUnit(emf, daoTru.getId(), em -> em.createQuery("select q from Question q"
                + " where q.dayNumber = 1", Question.class).getSingleResult());
        assertEquals(ASKER, read.asker());
        assertEquals("PAKN.20261202.0001", read.trackingCode().toString());
        assertEquals(0L, (long) TestDatabase.asUnit(emf, tamDao.getId(), em -> em.createQuery(
                "select count(q) from Question q where q.dayNumber = 1", Long.class).getSingleResult()),
                "another unit sees none of the commune's");
    }

    @Test
    void aTrackingCodeIsTheUnitsOnce() {
        TrackingCode code = new TrackingCode(LocalDate.of(2026, 12, 3), 7);
        TestDatabase.asUnit(emf, daoTru.getId(), em -> {
            em.persist(new Question(code, "Hỏi về lịch tiếp dân", "Xin hỏi lịch tiếp dân tháng 12.", ASKER, RECEIVED));
            return null;
        });
        assertThrows(RollbackException.class, () -> TestDatabase.asUnit(emf, daoTru.getId(), em -> {
            em.persist(new Question(code, "Trùng mã", "Trùng mã.", ASKER, RECEIVED));
            return null;
        }));
        TestDatabase.asUnit(emf, tamDao.getId(), em -> {
            em.persist(new Question(code, "Mã của huyện", "Cùng số, đơn vị khác.", ASKER, RECEIVED));
            return null;
        });
    }

    @Test
    void aHandledQuestionKeepsItsAnswerResponderAndPublicationAndItsIdentityStaysSealed() {
        TrackingCode code = new TrackingCode(LocalDate.of(2026, 12, 4), 2);
        TestDatabase.asUnit(emf, daoTru.getId(), em -> {
            Question question = new Question(code, "Lịch tiếp dân", "Xin hỏi lịch tiếp dân.", ASKER, RECEIVED);
            question.route(41, "tu-phap", RECEIVED.plusSeconds(60));
            question.answer("Sáng thứ Năm hằng tuần, tại trụ sở xã.", 41, "Lê Thị Hoa", RECEIVED.plusSeconds(120));
            question.publish(RECEIVED.plusSeconds(180));
            em.persist(question);
            return null;
        });
        Question read = TestDatabase.asUnit(emf, daoTru.getId(), em -> em.createQuery("select q from Question q"
                + " where q.receivedDay = :d and q.dayNumber = 2", Question.class)
                .setParameter("d", code.day()).getSingleResult());
        assertEquals(vn.cong.interaction.QuestionState.PUBLISHED, read.getState());
        assertEquals("Sáng thứ Năm hằng tuần, tại trụ sở xã.", read.getAnswerText());
        assertEquals("Lê Thị Hoa", read.getAnsweredByName());
        assertEquals(RECEIVED.plusSeconds(180), read.getPublishedAt());
        assertEquals(41L, read.getRoutedTo());
        assertEquals(ASKER, read.asker());
    }

    @Test
    void theRetentionRuleErasesTheAskersOfLongClosedQuestionsAndKeepsTheirAnswers() {
        TrackingCode old = new TrackingCode(LocalDate.of(2024, 3, 4), 7);
        TrackingCode recent = new TrackingCode(LocalDate.of(2026, 11, 4), 8);
        TestDatabase.asUnit(emf, daoTru.getId(), em -> {
            for (TrackingCode code : java.util.List.of(old, recent)) {
                Instant received = code.day().atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
                Question question = new Question(code, "Lịch tiếp dân", "Xin hỏi lịch tiếp dân.", ASKER, received);
                question.answer("Sáng thứ Năm hằng tuần.", 41, "Lê Thị Hoa", received.plusSeconds(60));
                question.publish(received.plusSeconds(120));
                em.persist(question);
            }
            return null;
        });
        Instant now = Instant.parse("2026-12-07T00:00:00Z");
        int erased = TestDatabase.asUnit(emf, daoTru.getId(), em -> em.createNativeQuery(vn.cong.interaction
                        .IdentityErasure.SQL).setHint("eclipselink.jdbc.allow-native-sql-query", true)
                .setParameter(1, Question.ERASED).setParameter(2, java.sql.Timestamp.from(now))
                .setParameter(3, java.sql.Timestamp.from(now.minus(java.time.Duration.ofDays(730)))).executeUpdate());
        assertEquals(1, erased, "the question closed in 2024 only");
        Question gone = read(old);
        assertEquals(Question.ERASED, gone.asker().name());
        assertNull(gone.asker().phone());
        assertNull(gone.asker().idNumber());
        assertEquals("Sáng thứ Năm hằng tuần.", gone.getAnswerText(), "the published answer stays");
        assertEquals(vn.cong.interaction.QuestionState.PUBLISHED, gone.getState());
        assertEquals(ASKER, read(recent).asker(), "a question closed a month ago keeps its asker");
    }

    private Question read(TrackingCode code) {
        return TestDatabase.asUnit(emf, daoTru.getId(), em -> em.createQuery("select q from Question q"
                + " where q.receivedDay = :d and q.dayNumber = :n", Question.class)
                .setParameter("d", code.day()).setParameter("n", code.number()).getSingleResult());
    }
}
