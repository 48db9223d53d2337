package vn.cong.interaction.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import vn.cong.interaction.ParticipantKeys;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.cong.audit.AuditLog;
import vn.cong.identity.Actor;
import vn.cong.identity.Role;
import vn.cong.persistence.TestDatabase;
import vn.cong.platform.DomainException;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitLevel;

/**
 * Surveys through the real services on the embedded database (V24 on H2): a survey made from the SIPAS template, answered
 * from three addresses — the second answer of one of them refused —, counted by the GROUP BY queries per option (a
 * multiple choice once per option ticked), with means; frozen by its first answer; closed after its last day; another
 * unit sees none of it; the portal's rating made at its first rating of the year.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveysOnH2Test {

    /** 10:00 in Hà Nội on 8 December 2026. */
    private static final Instant NOW = Instant.parse("2026-12-08T03:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 8);

    private EntityManagerFactory emf;
    private Unit daoTru;
    private Unit other;
    private Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @BeforeAll
    void migrate() {
        emf = TestDatabase.migratedH2("surveys");
        daoTru = TestDatabase.platform(emf, em -> persisted(em, new Unit(null, UnitLevel.COMMUNE, "Xã Khảo Sát", null,
                null, "khaosat", "gov-red", NOW)));
        other = TestDatabase.platform(emf, em -> persisted(em, new Unit(null, UnitLevel.COMMUNE, "Xã Bên Cạnh", null,
                null, "bencanh", "gov-red", NOW)));
    }

    @AfterAll
    void close() {
        if (emf != null) {
            emf.close();
        }
    }

    @Test
    void aSipasSurveyIsAnsweredOncePerAddressAndCountedPerOptionByTheDatabase() {
        Actor secretary = actor(daoTru, Role.SECRETARIAT);
        long id = in(daoTru, s -> s.builder.createFromTemplate(secretary, SurveyTemplates.SIPAS, TODAY.minusDays(2),
                TODAY.plusDays(20), "10.0.0.1").getId());
        SurveyView survey = in(daoTru, s -> s.published.survey(id));
        Questionnaire questions = survey.questionnaire();
        SurveyQuestion role = questions.questions().get(0);
        SurveyQuestion channels = questions.questions().get(1);
        SurveyQuestion overall = questions.questions().stream().filter(q -> q.section() != null
                && q.section().vi().equals("Đánh giá chung") && q.kind() == QuestionKind.SCALE).findFirst().orElseThrow();
        SurveyQuestion remarks = questions.questions().get(questions.questions().size() - 1);

        in(daoTru, s -> s.answers.submit(id, sheet(questions, role, 0, channels, List.of(0, 1), 5, overall, 5, remarks,
                "Công chức rất nhiệt tình."), "203.113.1.7"));
        in(daoTru, s -> s.answers.submit(id, sheet(questions, role, 1, channels, List.of(0, 2), 4, overall, 4, remarks,
                null), "2001:ee0:4f1:8a20::17"));
        DomainException again = assertThrows(DomainException.class, () -> in(daoTru, s -> s.answers.submit(id,
                sheet(questions, role, 0, channels, List.of(3), 1, overall, 1, remarks, null), "203.113.1.7")));
        assertEquals(409, again.status());
        assertEquals("survey.already-answered", again.messageKey());
        DomainException sameHome = assertThrows(DomainException.class, () -> in(daoTru, s -> s.answers.submit(id,
                sheet(questions, role, 0, channels, List.of(3), 1, overall, 1, remarks, null),
                "2001:ee0:4f1:8a20:aaaa::2")));
        assertEquals("survey.already-answered", sameHome.messageKey(), "another device of the same IPv6 home");
        in(daoTru, s -> s.answers.submit(id, sheet(questions, role, 0, channels, List.of(0), 3, overall, 3, remarks,
                null), "203.113.1.8"));

        SurveyResults published = in(daoTru, s -> s.published.results(id));
        assertEquals(3, published.answers());
        SurveyResults.QuestionResult channelCounts = published.questions().get(1);
        assertEquals(List.of(3L, 1L, 1L, 0L, 0L), channelCounts.options().stream()
                .map(SurveyResults.OptionResult::count).toList(), "each channel once per answer that ticked it");
        assertEquals(3, channelCounts.answered());
        assertEquals(List.of(2L, 1L), published.questions().get(0).options().stream()
                .map(SurveyResults.OptionResult::count).toList());
        SurveyResults.QuestionResult overallCounts = published.questions().stream()
                .filter(q -> q.key() == overall.key()).findFirst().orElseThrow();
        assertEquals(4.0, overallCounts.mean(), 1e-9);
        assertEquals(List.of(0L, 0L, 1L, 1L, 1L), overallCounts.options().stream()
                .map(SurveyResults.OptionResult::count).toList());
        SurveyResults.QuestionResult publishedRemarks = published.questions().get(published.questions().size() - 1);
        assertEquals(null, publishedRemarks.textAnswers(), "free text is not in the published statistics");

        SurveyResults board = in(daoTru, s -> s.board.results(secretary, id));
        assertEquals(1L, board.questions().get(board.questions().size() - 1).textAnswers());
        List<FreeTextAnswer> texts = in(daoTru, s -> s.board.freeText(secretary, id, remarks.key(), 0, 20));
        assertEquals(List.of("Công chức rất nhiệt tình."), texts.stream().map(FreeTextAnswer::text).toList());
        assertEquals(403, assertThrows(DomainException.class, () -> in(daoTru, s -> s.board.freeText(
                actor(daoTru, Role.EDITOR), id, remarks.key(), 0, 20))).status());

        List<SurveyRow> rows = in(daoTru, s -> s.board.list(secretary, 0, 50));
        SurveyRow row = rows.stream().filter(r -> r.id() == id).findFirst().orElseThrow();
        assertEquals(3, row.answers());
        assertTrue(row.frozen());
        assertEquals(SurveyPhase.OPEN, row.phase());
    }

    @Test
    void theFirstAnswerFreezesTheSurveyForTheBuilderButNotItsDays() {
        Actor head = actor(daoTru, Role.HEAD);
        long id = in(daoTru, s -> s.builder.create(head, new SurveyDraft(Wording.of("Giờ làm việc của Bộ phận Một"
                + " cửa"), null, TODAY, TODAY.plusDays(7), List.of(QuestionnaireTest.CHANNELS)), "10.0.0.2").getId());
        in(daoTru, s -> s.builder.addQuestion(head, id, QuestionnaireTest.SATISFIED, "10.0.0.2"));
        int channels = in(daoTru, s -> s.board.survey(head, id)).questionnaire().questions().get(0).key();
        in(daoTru, s -> s.builder.moveQuestion(head, id, channels, +1, "10.0.0.2"));
        SurveyView moved = in(daoTru, s -> s.board.survey(head, id));
        assertEquals(QuestionKind.SCALE, moved.questionnaire().questions().get(0).kind());
        SurveyQuestion scale = moved.questionnaire().questions().get(0);

        in(daoTru, s -> s.answers.submit(id, new AnswerSheet(Map.of(scale.key(),
                List.of(String.valueOf(scale.options().get(4).key())))), "198.51.100.4"));
        DomainException frozen = assertThrows(DomainException.class, () -> in(daoTru, s -> s.builder.removeQuestion(
                head, id, channels, "10.0.0.2")));
        assertEquals(409, frozen.status());
        assertEquals("survey.frozen", frozen.messageKey());
        assertEquals(409, assertThrows(DomainException.class, () -> in(daoTru, s -> {
            s.builder.discard(head, id, "10.0.0.2");
            return null;
        })).status());
        in(daoTru, s -> s.builder.reschedule(head, id, TODAY, TODAY.minusDays(0), "10.0.0.2"));
        assertTrue(in(daoTru, s -> s.board.survey(head, id)).answered());
        assertEquals(2, in(daoTru, s -> s.board.survey(head, id)).questionnaire().questions().size());
        assertEquals(403, assertThrows(DomainException.class, () -> in(daoTru, s -> s.builder.addQuestion(
                actor(daoTru, Role.EDITOR), id, QuestionnaireTest.REMARKS, "10.0.0.3"))).status());
    }

    @Test
    void aSurveyClosesByItselfAfterItsLastDayAndItsResultsStayPublic() {
        Actor secretary = actor(daoTru, Role.SECRETARIAT);
        long id = in(daoTru, s -> s.builder.create(secretary, new SurveyDraft(Wording.of("Khảo sát đã xong"), null,
                TODAY.minusDays(30), TODAY.minusDays(1), List.of(QuestionnaireTest.SATISFIED)), "10.0.0.1").getId());
        SurveyQuestion scale = in(daoTru, s -> s.published.survey(id)).questionnaire().questions().get(0);
        DomainException closed = assertThrows(DomainException.class, () -> in(daoTru, s -> s.answers.submit(id,
                new AnswerSheet(Map.of(scale.key(), List.of(String.valueOf(scale.options().get(0).key())))),
                "203.113.9.9")));
        assertEquals(409, closed.status());
        assertEquals("Cuộc khảo sát đã kết thúc ngày 07/12/2026; không nhận thêm phiếu trả lời. Ông/bà xem được"
                + " kết quả.", closed.localizedMessage("vi"));
        assertEquals(SurveyPhase.CLOSED, in(daoTru, s -> s.published.results(id)).phase());

        long upcoming = in(daoTru, s -> s.builder.create(secretary, new SurveyDraft(Wording.of("Khảo sát sắp tới"),
                null, TODAY.plusDays(1), TODAY.plusDays(9), List.of(QuestionnaireTest.SATISFIED)), "10.0.0.1").getId());
        assertEquals(404, assertThrows(DomainException.class, () -> in(daoTru, s -> s.published.results(upcoming)))
                .status(), "not yet open: as if it did not exist");
        assertFalse(in(daoTru, s -> s.published.page(0, 50)).stream().anyMatch(v -> v.id() == upcoming));
        assertTrue(in(daoTru, s -> s.published.page(0, 50)).stream().anyMatch(v -> v.id() == id));
    }

    @Test
    void anotherUnitSeesNoneOfItAndTheSameAddressAnswersEachSurveyOnce() {
        Actor secretary = actor(daoTru, Role.SECRETARIAT);
        long id = in(daoTru, s -> s.builder.create(secretary, new SurveyDraft(Wording.of("Khảo sát riêng của xã"),
                null, TODAY, TODAY, List.of(QuestionnaireTest.SATISFIED)), "10.0.0.1").getId());
        assertEquals(404, assertThrows(DomainException.class, () -> in(other, s -> s.published.results(id))).status());
        assertEquals(404, assertThrows(DomainException.class, () -> in(other, s -> s.board.results(
                actor(other, Role.SECRETARIAT), id))).status());
        assertEquals(404, assertThrows(DomainException.class, () -> in(other, s -> s.builder.retitle(
                actor(other, Role.HEAD), id, Wording.of("Chiếm"), null, "10.9.9.9"))).status());

        long second = in(daoTru, s -> s.builder.create(secretary, new SurveyDraft(Wording.of("Khảo sát thứ hai"),
                null, TODAY, TODAY, List.of(QuestionnaireTest.SATISFIED)), "10.0.0.1").getId());
        for (long survey : new long[] {id, second}) {
            SurveyQuestion scale = in(daoTru, s -> s.published.survey(survey)).questionnaire().questions().get(0);
            in(daoTru, s -> s.answers.submit(survey, new AnswerSheet(Map.of(scale.key(),
                    List.of(String.valueOf(scale.options().get(2).key())))), "203.113.50.50"));
        }
        assertEquals(1, in(daoTru, s -> s.published.results(second)).answers());
    }

    @Test
    void thePortalIsRatedOncePerAddressAndYearInASurveyMadeAtTheFirstRating() {
        SurveyView form = in(other, s -> s.ratings.form());
        assertEquals(0, form.id(), "no rating yet: the template's form");
        Map<Integer, List<String>> values = new HashMap<>();
        for (SurveyQuestion question : form.questionnaire().questions()) {
            values.put(question.key(), List.of(String.valueOf(question.options().get(3).key()))); // 4 of 5
        }
        in(other, s -> s.ratings.rate(new AnswerSheet(values), "203.113.7.7"));
        assertEquals(409, assertThrows(DomainException.class, () -> in(other, s -> s.ratings.rate(
                new AnswerSheet(values), "203.113.7.7"))).status());
        values.put(form.questionnaire().questions().get(0).key(), List.of(String.valueOf(
                form.questionnaire().questions().get(0).options().get(0).key()))); // interface: 1
        in(other, s -> s.ratings.rate(new AnswerSheet(values), "203.113.7.8"));
        SurveyResults results = in(other, s -> s.ratings.results(2026));
        assertEquals(2, results.answers());
        assertEquals(2.5, results.questions().get(0).mean(), 1e-9);
        assertEquals(4.0, results.questions().get(1).mean(), 1e-9);
        assertEquals(List.of(2026), in(other, s -> s.ratings.years()));
        assertEquals(0, in(other, s -> s.ratings.results(2025)).answers(), "a year without ratings: zeros");
        assertEquals(404, assertThrows(DomainException.class, () -> in(other, s -> s.ratings.results(2027))).status());
        assertTrue(in(other, s -> s.ratings.form()).id() > 0, "the year's rating survey");
    }

    /** An answer to the SIPAS survey: the role, channels, every scale at {@code point} (1–5), the overall scale. */
    private static AnswerSheet sheet(Questionnaire questions, SurveyQuestion role, int roleOption,
                                     SurveyQuestion channels, List<Integer> channelOptions, int point,
                                     SurveyQuestion overall, int overallPoint, SurveyQuestion remarks, String remark) {
        Map<Integer, List<String>> values = new HashMap<>();
        for (SurveyQuestion question : questions.questions()) {
            if (question.kind() == QuestionKind.SCALE) {
                values.put(question.key(), List.of(String.valueOf(question.options().get(point - 1).key())));
            }
        }
        values.put(overall.key(), List.of(String.valueOf(overall.options().get(overallPoint - 1).key())));
        values.put(role.key(), List.of(String.valueOf(role.options().get(roleOption).key())));
        values.put(channels.key(), channelOptions.stream().map(i -> String.valueOf(channels.options().get(i).key()))
                .toList());
        if (remark != null) {
            values.put(remarks.key(), List.of(remark));
        }
        return new AnswerSheet(values);
    }

    private static Actor actor(Unit unit, Role role) {
        return new Actor(40, "thuky.khaosat", "Người thử", unit.getId(), Set.of(role));
    }

    private static <T> T persisted(EntityManager em, T entity) {
        em.persist(entity);
        em.flush();
        return entity;
    }

    /** The services of one request of {@code unit}, wired by hand on one entity manager and one transaction. */
    private final class Services {
        final SurveyBuilder builder = new SurveyBuilder();
        final SurveyBoard board = new SurveyBoard();
        final PublishedSurveys published = new PublishedSurveys();
        final SurveyAnswers answers = new SurveyAnswers();
        final PortalRatings ratings = new PortalRatings();

        Services(EntityManager em) {
            TenantBoundEntityManager bound = new TenantBoundEntityManager() {
                @Override
                public EntityManager forCurrentTenant() {
                    return em;
                }

                @Override
                public EntityManager platform() {
                    return em;
                }

                @Override
                public <T> T runAs(Unit as, Supplier<T> work) {
                    return work.get();
                }
            };
            Surveys surveys = new Surveys();
            surveys.entityManagers = bound;
            SurveyTallies tallies = new SurveyTallies();
            tallies.entityManagers = bound;
            AuditLog audit = new AuditLog();
            set(AuditLog.class, audit, "entityManagers", bound);
            set(AuditLog.class, audit, "clock", clock);
            ParticipantKeys keys = new ParticipantKeys("test-participation-key");
            builder.entityManagers = bound;
            builder.surveys = surveys;
            builder.audit = audit;
            builder.clock = clock;
            board.surveys = surveys;
            board.tallies = tallies;
            board.clock = clock;
            published.surveys = surveys;
            published.tallies = tallies;
            published.clock = clock;
            answers.entityManagers = bound;
            answers.surveys = surveys;
            answers.keys = keys;
            answers.clock = clock;
            ratings.entityManagers = bound;
            ratings.surveys = surveys;
            ratings.answers = answers;
            ratings.tallies = tallies;
            ratings.clock = clock;
        }
    }

    private <T> T in(Unit unit, Function<Services, T> work) {
        return TestDatabase.asUnit(emf, unit.getId(), em -> work.apply(new Services(em)));
    }

    private static void set(Class<?> type, Object target, String name, Object value) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
