package vn.cong.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.persistence.config.EntityManagerProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.cong.catalog.Category;
import vn.cong.catalog.CategoryField;
import vn.cong.catalog.CategoryOrigin;
import vn.cong.catalog.ContentType;
import vn.cong.catalog.Deadline;
import vn.cong.catalog.Rule;
import vn.cong.catalog.Trigger;
import vn.cong.catalog.UnitCatalog;
import vn.cong.catalog.UpgradePlan;
import vn.cong.catalog.UpgradePlanner;
import vn.cong.catalog.preset.BundledPresets;
import vn.cong.catalog.preset.Preset;
import vn.cong.catalog.preset.PresetCategory;
import vn.cong.catalog.preset.PresetLevel;
import vn.cong.catalog.preset.PresetRef;
import vn.cong.catalog.preset.PresetTables;
import vn.cong.editorial.Item;
import vn.cong.editorial.ItemDraft;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitLevel;

/**
 * Presets and a unit's catalog in the product's tables, through the product's Flyway scripts and persistence unit:
 * presets stored once per version and never rewritten, a commune's catalog instantiated from a preset version, its
 * local overrides stored as such, and a move to a newer version that hides what was dropped and deletes nothing.
 * Run on the embedded H2 ({@link CatalogTablesOnH2Test}) and on MariaDB ({@link CatalogPersistenceIT}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CatalogTablesScenario {

    static final String VP = "vinh-phuc-32-2023";
    /** The fixed time the scenario's rows are stamped with. */
    static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");

    private EntityManagerFactory emf;
    private Preset vinhPhuc;
    private Preset vinhPhucNext;

    /** A clean, migrated schema and the product's persistence unit on it. */
    abstract EntityManagerFactory migratedDatabase();

    @BeforeAll
    void storePresets() {
        emf = migratedDatabase();
        List<BundledPresets.Bundled> bundled = BundledPresets.read();
        platform(em -> {
            PresetTables tables = new PresetTables(em);
            bundled.forEach(b -> assertEquals(PresetTables.Outcome.ADDED, tables.store(b.preset(), b.checksum(), NOW)));
            return null;
        });
        vinhPhuc = bundled.stream().map(BundledPresets.Bundled::preset).filter(p -> p.ref().code().equals(VP))
                .findFirst().orElseThrow();
        vinhPhucNext = nextVersion(vinhPhuc);
        platform(em -> new PresetTables(em).store(vinhPhucNext, "v2", NOW));
    }

    @AfterAll
    void close() {
        if (emf != null) {
            emf.close();
        }
    }

    @Test
    void aPresetVersionIsStoredOnce() {
        List<BundledPresets.Bundled> again = BundledPresets.read();
        long before = count("select count(c) from PresetCategoryRecord c");
        platform(em -> {
            again.forEach(b -> assertEquals(PresetTables.Outcome.ALREADY_STORED,
                    new PresetTables(em).store(b.preset(), b.checksum(), NOW)));
            return null;
        });
        assertEquals(before, count("select count(c) from PresetCategoryRecord c"));
    }

    @Test
    void anEditedFileNeverRewritesTheStoredVersion() {
        Preset edited = new Preset(new PresetRef(VP, 1, "Đã sửa tay", "Edited", "x", LocalDate.of(2023, 10, 1)),
                vinhPhuc.categoriesByLevel(), List.of());
        assertEquals(PresetTables.Outcome.STORED_VERSION_DIFFERS,
                platform(em -> new PresetTables(em).store(edited, "another checksum", NOW)));
        assertEquals(vinhPhuc.ref(), platform(em -> new PresetTables(em).find(VP, 1).orElseThrow()));
    }

    @Test
    void aNewVersionAddsRowsBesideTheOldOne() {
        assertEquals(List.of(1, 2), platform(em -> new PresetTables(em).versions(VP)).stream()
                .map(PresetRef::version).toList());
        PresetLevel stored = platform(em -> new PresetTables(em).level(VP, 1, UnitLevel.COMMUNE).orElseThrow());
        assertEquals(codes(vinhPhuc.level(UnitLevel.COMMUNE).orElseThrow()), codes(stored), "version 1 unchanged");
        assertEquals(vinhPhuc.level(UnitLevel.COMMUNE).orElseThrow().category("van-ban-quy-pham-phap-luat")
                .orElseThrow().rules(), stored.category("van-ban-quy-pham-phap-luat").orElseThrow().rules());
    }

    @Test
    void aCommunesCatalogIsInstantiatedFromItsPresetVersionAsATree() {
        Unit commune = newCommune("xa-mot");
        PresetLevel level = instantiate(commune, 1);
        List<Category> categories = asUnit(commune, em -> new UnitCatalog(em).all());
        assertEquals(level.categories().size(), categories.size());
        Category documents = byCode(categories, "van-ban-quy-pham-phap-luat");
        assertEquals(byCode(categories, "van-ban").getId(), documents.getParentId());
        assertEquals(CategoryOrigin.PRESET, documents.getOrigin());
        assertEquals("VP Art. 5.5", documents.getLegalBasis());
        assertEquals(List.of(Rule.deadline(Trigger.SIGNED, Deadline.workingDays(7), "VP Art. 6.2")),
                asUnit(commune, em -> new UnitCatalog(em).rules(documents.getId())));
        assertEquals(List.of("gioi-thieu", "tin-tuc", "chi-dao-dieu-hanh", "thong-bao", "van-ban",
                        "tuyen-truyen-phap-luat", "thu-tuc-hanh-chinh", "cong-khai", "lay-y-kien", "hoi-dap",
                        "danh-muc-thong-tin"),
                asUnit(commune, em -> new UnitCatalog(em).menu()).stream().map(Category::getCode).toList());
    }

    @Test
    void aLocalRenameAndHidingAreStoredAsOverrides() {
        Unit commune = newCommune("xa-hai");
        instantiate(commune, 1);
        asUnit(commune, em -> {
            Category notices = new UnitCatalog(em).byCode("thong-bao").orElseThrow();
            notices.rename("Thông báo của xã", "Commune notices");
            notices.markLocalChange(CategoryField.NAME, true);
            notices.setHidden(true);
            notices.markLocalChange(CategoryField.VISIBILITY, true);
            return null;
        });
        Category read = asUnit(commune, em -> new UnitCatalog(em).byCode("thong-bao").orElseThrow());
        assertEquals("Thông báo của xã", read.getNameVi());
        assertTrue(read.isChangedFromPreset());
        assertEquals(Set.of(CategoryField.NAME, CategoryField.VISIBILITY), read.getLocalChanges());
        assertFalse(asUnit(commune, em -> new UnitCatalog(em).menu()).stream()
                .anyMatch(c -> c.getCode().equals("thong-bao")), "hidden: not in the menu");
    }

    @Test
    void movingToANewerVersionHidesWhatWasDroppedKeepsItsItemsAndKeepsTheUnitsChanges() {
        Unit commune = newCommune("xa-ba");
        instantiate(commune, 1);
        long itemId = asUnit(commune, em -> {
            UnitCatalog catalog = new UnitCatalog(em);
            Category news = catalog.byCode("tin-tuc").orElseThrow();
            news.rename("Tin tức xã Ba", "News of Ba");
            news.markLocalChange(CategoryField.NAME, true);
            Category other = catalog.byCode("thong-tin-khac").orElseThrow();
            Item item = new Item(other.getId(), "vi", "thong-tin-khac-1", 1L, NOW);
            item.revise(new ItemDraft(other.getId(), "Thông tin khác", null, "<p>x</p>", "UBND xã", null, "vi"),
                    "<p>x</p>", NOW);
            em.persist(item);
            em.flush();
            return item.getId();
        });
        long categoriesBefore = asUnit(commune, em -> (long) new UnitCatalog(em).all().size());

        UpgradePlan plan = asUnit(commune, em -> {
            UnitCatalog catalog = new UnitCatalog(em);
            var current = catalog.snapshot();
            PresetTables tables = new PresetTables(em);
            UpgradePlan made = UpgradePlanner.plan(vinhPhuc.ref(), current, tables.categories(current.stream()
                    .map(c -> c.presetCategoryId()).toList()), tables.level(VP, 2, UnitLevel.COMMUNE).orElseThrow());
            catalog.apply(made);
            return made;
        });
        assertEquals(List.of("khao-sat"), plan.of(UpgradePlan.Kind.ADDED).stream().map(UpgradePlan.Entry::code).toList());

        List<Category> after = asUnit(commune, em -> new UnitCatalog(em).all());
        assertEquals(categoriesBefore + 1, after.size(), "one added, none deleted");
        Category dropped = byCode(after, "thong-tin-khac");
        assertTrue(dropped.isHidden());
        assertEquals(CategoryOrigin.RETIRED, dropped.getOrigin());
        Item item = asUnit(commune, em -> em.find(Item.class, itemId));
        assertEquals(dropped.getId(), item.getCategoryId(), "its item is still there, still in it");
        assertEquals("Tin tức xã Ba", byCode(after, "tin-tuc").getNameVi(), "the unit's name is kept");
        assertEquals(byCode(after, "lay-y-kien").getId(), byCode(after, "khao-sat").getParentId());
        Category administrative = byCode(after, "van-ban-hanh-chinh");
        assertEquals(List.of(Rule.deadline(Trigger.SIGNED, Deadline.workingDays(3), "VP2 Art. 6.2")),
                asUnit(commune, em -> new UnitCatalog(em).rules(administrative.getId())), "the new rule applies");
        PresetLevel v2 = platform(em -> new PresetTables(em).level(VP, 2, UnitLevel.COMMUNE).orElseThrow());
        assertEquals(v2.category("gioi-thieu").orElseThrow().storedId(), byCode(after, "gioi-thieu").getPresetCategoryId(),
                "relinked to the new version's row");
    }

    @Test
    void anotherUnitSeesNoneOfACatalogsCategoriesOrRules() {
        Unit one = newCommune("xa-bon");
        Unit other = newCommune("xa-nam");
        instantiate(one, 1);
        assertEquals(0L, (long) asUnit(other, em -> em.createQuery("select count(r) from CategoryRule r", Long.class)
                .getSingleResult()));
        assertNotEquals(0L, (long) asUnit(one, em -> em.createQuery("select count(r) from CategoryRule r", Long.class)
                .getSingleResult()));
    }

    private PresetLevel instantiate(Unit unit, int version) {
        PresetLevel level = platform(em -> new PresetTables(em).level(VP, version, unit.getLevel()).orElseThrow());
        asUnit(unit, em -> {
            new UnitCatalog(em).instantiate(level);
            return null;
        });
        return level;
    }

    private Unit newCommune(String label) {
        return platform(em -> {
            Unit unit = new Unit(null, UnitLevel.COMMUNE, "Xã " + label, null, null, label + System.nanoTime() % 100000,
                    "gov-red", NOW);
            unit.followPreset(VP, 1);
            em.persist(unit);
            return unit;
        });
    }

    /** Version 2 of the Vĩnh Phúc preset as a later amendment might make it. */
    private static Preset nextVersion(Preset v1) {
        Map<UnitLevel, List<PresetCategory>> levels = new EnumMap<>(UnitLevel.class);
        v1.categoriesByLevel().forEach((level, categories) -> {
            List<PresetCategory> list = new ArrayList<>();
            for (PresetCategory c : categories) {
                if (c.code().equals("thong-tin-khac")) {
                    continue;
                }
                List<Rule> rules = c.code().equals("van-ban-hanh-chinh")
                        ? List.of(Rule.deadline(Trigger.SIGNED, Deadline.workingDays(3), "VP2 Art. 6.2")) : c.rules();
                String nameVi = c.code().equals("tin-tuc") ? "Tin tức" : c.nameVi();
                list.add(new PresetCategory(c.code(), c.parentCode(), c.sortOrder(), nameVi, c.nameEn(),
                        c.contentType(), c.legalBasis(), c.mandatory(), c.englishRequired(), c.onHome(), c.retention(),
                        rules, null));
            }
            list.add(new PresetCategory("khao-sat", "lay-y-kien", 9990, "Khảo sát trực tuyến", "Online surveys",
                    ContentType.ARTICLE, "VP2 Art. 9", false, false, false, null, List.of(), null));
            levels.put(level, list);
        });
        return new Preset(new PresetRef(VP, 2, v1.ref().nameVi(), v1.ref().nameEn(), "Quyết định sửa đổi (thử)",
                LocalDate.of(2026, 1, 1)), levels, v1.portalRules());
    }

    private static List<String> codes(PresetLevel level) {
        return level.categories().stream().map(PresetCategory::code).toList();
    }

    private static Category byCode(List<Category> categories, String code) {
        return categories.stream().filter(c -> c.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " missing"));
    }

    private long count(String jpql) {
        return platform(em -> em.createQuery(jpql, Long.class).getSingleResult());
    }

    private <T> T platform(Function<EntityManager, T> work) {
        return inTransaction(emf.createEntityManager(), work);
    }

    private <T> T asUnit(Unit unit, Function<EntityManager, T> work) {
        return inTransaction(emf.createEntityManager(
                Map.of(EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT, String.valueOf(unit.getId()))), work);
    }

    private static <T> T inTransaction(EntityManager em, Function<EntityManager, T> work) {
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            em.close();
        }
    }
}
