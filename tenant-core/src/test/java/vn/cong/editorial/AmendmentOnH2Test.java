package vn.cong.editorial;

import vn.cong.platform.ContentChanged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.cong.persistence.TestDatabase;
import vn.cong.testing.RecordedEvent;
import vn.cong.audit.AuditLog;
import vn.cong.board.BoardDirectory;
import vn.cong.catalog.Category;
import vn.cong.catalog.CategoryRepository;
import vn.cong.catalog.ContentType;
import vn.cong.identity.Actor;
import vn.cong.identity.Role;
import vn.cong.platform.DomainException;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.revision.RevisionComparison;
import vn.cong.revision.RevisionDiff;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitLevel;
import vn.cong.tenancy.UnitRepository;

/**
 * Revisions through the real services on the embedded database (the V9 migration on H2): every save that changes
 * the text is a numbered revision; a published item amended by the secretariat keeps what citizens read until the
 * amendment is republished, and then shows its change note; any two revisions compare word by word.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AmendmentOnH2Test {

    private static final Instant NOW = Instant.parse("2026-11-18T03:00:00Z");

    private EntityManagerFactory emf;
    private Unit unit;
    private long categoryId;
    private final List<Object> events = new ArrayList<>();

    @BeforeAll
    void migrate() {
        emf = TestDatabase.migratedH2("amendments");
        unit = TestDatabase.platform(emf, em -> {
            Unit commune = new Unit(null, UnitLevel.COMMUNE, "Xã Sửa Đổi", null, "Sua Doi Commune", "suadoi", "gov-red",
                    NOW);
            em.persist(commune);
            return commune;
        });
        categoryId = TestDatabase.asUnit(emf, unit.getId(), em -> {
            Category news = new Category("tin-tuc", "Tin tức", "News", ContentType.ARTICLE, 1, true);
            em.persist(news);
            em.flush();
            return news.getId();
        });
    }

    @AfterAll
    void close() {
        if (emf != null) {
            emf.close();
        }
    }

    @Test
    void aPublishedItemAmendedByTheSecretariatStaysAsCitizensReadItUntilItIsRepublished() {
        Actor author = actor(1, Role.EDITOR);
        Actor secretary = actor(40, Role.SECRETARIAT);
        long id = call(s -> s.authoring.create(author, draft("Lễ hội đền Tây Thiên", "Khai mạc lễ hội.", null, null),
                null).getId());
        call(s -> s.authoring.revise(author, id, draft("Lễ hội đền Tây Thiên", "Khai mạc lễ hội.", null, null), null));
        assertEquals(List.of(1), numbers(id), "a save that changes nothing writes no revision");
        call(s -> s.authoring.revise(author, id, draft("Lễ hội đền Tây Thiên 2026", "Khai mạc lễ hội.", null, null),
                null));
        for (Object[] move : new Object[][] {{author, WorkflowAction.SUBMIT}, {secretary, WorkflowAction.TAKE},
                {secretary, WorkflowAction.APPROVE}, {secretary, WorkflowAction.PUBLISH}}) {
            call(s -> s.transitions.transition((Actor) move[0], id, Transition.of((WorkflowAction) move[1]), null));
        }
        boolean published = call(s -> s.revisions.find(id, 2).orElseThrow().isPublished());
        assertTrue(published, "the published revision");

        DomainException noNote = assertThrows(DomainException.class, () -> call(s -> s.authoring.revise(secretary, id,
                draft("Lễ hội đền Tây Thiên 2026 lùi ngày", "Lùi sang 20/2.", null, true), null)));
        assertEquals(422, noNote.status());
        assertEquals("revision.note.required", noNote.messageKey());

        events.clear();
        Item amended = call(s -> s.authoring.revise(secretary, id, draft("Lễ hội đền Tây Thiên 2026 lùi ngày",
                "Lùi sang 20/2.", "Thay đổi ngày khai mạc", true), null));
        assertEquals("Lễ hội đền Tây Thiên 2026", amended.getTitle(), "citizens still read the published text");
        assertTrue(amended.getAmendment().isPending());
        assertEquals(ItemState.PUBLISHED, amended.getState());
        assertEquals(List.of(1, 2, 3), numbers(id));
        assertEquals("Lễ hội đền Tây Thiên 2026 lùi ngày", call(s -> s.revisions.workingText(
                s.items.find(id).orElseThrow()).title()), "the editor opens the working revision");
        assertTrue(events.contains(new ItemRevised(unit.getId(), id, 3, 40, true, NOW)), events.toString());
        assertEquals(List.of(), call(s -> s.revisions.publicChangeNotes(id)));

        Item republished = call(s -> s.transitions.transition(secretary, id, Transition.of(WorkflowAction.REPUBLISH),
                null));
        assertEquals("Lễ hội đền Tây Thiên 2026 lùi ngày", republished.getTitle());
        assertFalse(republished.getAmendment().isPending());
        assertTrue(events.contains(new ContentChanged(unit.getId())), "the page cache drops the unit's pages");
        List<ItemRevision> notes = call(s -> s.revisions.publicChangeNotes(id));
        assertEquals(1, notes.size());
        assertEquals("Thay đổi ngày khai mạc", notes.get(0).getChangeNote());
        assertEquals(NOW, notes.get(0).getPublishedAt());

        RevisionDiff diff = call(s -> s.comparison.compare(secretary, id, 2, 3, "vi"));
        assertEquals(List.of("title", "summary"), diff.getChanged().stream().map(f -> f.field()).toList());
        assertTrue(diff.getChanged().get(0).getHtml().contains("<ins> lùi ngày</ins>"),
                diff.getChanged().get(0).getHtml());
        assertThrows(DomainException.class, () -> call(s -> s.comparison.compare(secretary, id, 2, 9, "vi")));
    }

    @Test
    void anItemPublishedBeforeRevisionsExistedGetsItsPublicTextAsFirstRevisionWhenAmended() {
        Actor secretary = actor(40, Role.SECRETARIAT);
        long id = TestDatabase.asUnit(emf, unit.getId(), em -> {
            Item legacy = new Item(categoryId, "vi", "tin-cu-" + System.nanoTime(), 1, NOW.minusSeconds(90_000));
            legacy.revise(draft("Tin cũ", "Tóm tắt cũ", null, null), "<p>Nội dung cũ</p>", NOW.minusSeconds(90_000));
            legacy.markPublishedAt(NOW.minusSeconds(86_400), 40);
            em.persist(legacy);
            em.flush();
            return legacy.getId();
        });
        call(s -> s.authoring.revise(secretary, id, draft("Tin cũ (đính chính)", "Tóm tắt cũ", null, null), null));
        List<ItemRevision> revisions = call(s -> s.revisions.of(id));
        assertEquals(2, revisions.size());
        assertEquals("Tin cũ", revisions.get(0).getTitle());
        assertEquals(NOW.minusSeconds(86_400), revisions.get(0).getPublishedAt());
        assertNull(revisions.get(1).getPublishedAt());
    }

    private ItemDraft draft(String title, String summary, String note, Boolean major) {
        return new ItemDraft(categoryId, title, summary, "<p>Sáng nay, UBND xã tổ chức lễ khai mạc.</p>",
                "UBND xã", "Thu Hà", "vi", false, null, null, note, major);
    }

    private List<Integer> numbers(long itemId) {
        return call(s -> s.revisions.of(itemId).stream().map(ItemRevision::getNumber).toList());
    }

    private Actor actor(long accountId, Role role) {
        return new Actor(accountId, "tk" + accountId, "Người " + accountId, unit.getId(), Set.of(role));
    }

    /** The services of one request of the unit, wired by hand on one entity manager and one transaction. */
    private final class Services {
        final ItemAuthoring authoring = new ItemAuthoring();
        final ItemTransitions transitions = new ItemTransitions();
        final ItemRevisions revisions = new ItemRevisions();
        final ItemRepository items = new ItemRepository();
        final RevisionComparison comparison = new RevisionComparison();

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
            CategoryRepository categories = new CategoryRepository();
            AuditLog audit = new AuditLog();
            UnitRepository units = new UnitRepository();
            BoardDirectory board = new BoardDirectory();
            for (Object bean : new Object[] {categories, audit, units, board}) {
                Items.setField(bean.getClass(), bean, "entityManagers", bound);
            }
            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
            Items.setField(AuditLog.class, audit, "clock", clock);
            items.entityManagers = bound;
            revisions.entityManagers = bound;
            authoring.items = items;
            authoring.categories = categories;
            authoring.board = board;
            authoring.audit = audit;
            authoring.entityManagers = bound;
            authoring.revisions = revisions;
            authoring.clock = clock;
            authoring.revised = new RecordedEvent<>(events);
            transitions.authoring = authoring;
            transitions.items = items;
            transitions.categories = categories;
            transitions.units = units;
            transitions.revisions = revisions;
            transitions.audit = audit;
            transitions.entityManagers = bound;
            transitions.clock = clock;
            transitions.transitioned = new RecordedEvent<>(events);
            transitions.published = new RecordedEvent<>(events);
            transitions.contentChanged = new RecordedEvent<>(events);
            Items.setField(RevisionComparison.class, comparison, "authoring", authoring);
            Items.setField(RevisionComparison.class, comparison, "revisions", revisions);
            Items.setField(RevisionComparison.class, comparison, "categories", categories);
            Items.setField(RevisionComparison.class, comparison, "board", board);
        }
    }

    private <T> T call(Function<Services, T> work) {
        return TestDatabase.asUnit(emf, unit.getId(), em -> work.apply(new Services(em)));
    }
}
