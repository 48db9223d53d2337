package vn.cong.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cong.catalog.preset.PresetCategory;
import vn.cong.catalog.preset.PresetLevel;
import vn.cong.catalog.preset.PresetRef;
import vn.cong.tenancy.UnitLevel;

/**
 * Moving a unit from version 1 to version 2 of a preset: what is added, removed (hidden) and changed, and that the
 * unit's own changes are kept.
 */
class UpgradePlannerTest {

    private static final PresetRef V1 = new PresetRef("thu-nghiem", 1, "Thử", "Test", "QĐ 1", LocalDate.of(2024, 1, 1));
    private static final PresetRef V2 = new PresetRef("thu-nghiem", 2, "Thử", "Test", "QĐ 2", LocalDate.of(2026, 1, 1));
    private static final Rule TWO_DAYS = Rule.deadline(Trigger.SIGNED, Deadline.workingDays(2), "QĐ 1 Art. 6");
    private static final Rule FIVE_DAYS = Rule.deadline(Trigger.SIGNED, Deadline.workingDays(5), "QĐ 2 Art. 6");

    private final Map<Long, PresetCategory> v1 = new HashMap<>();
    private final List<CategorySnapshot> unit = new ArrayList<>();

    private UpgradePlan plan() {
        return UpgradePlanner.plan(V1, unit, v1, new PresetLevel(V2, UnitLevel.COMMUNE, List.of(
                def(201, "gioi-thieu", null, "Giới thiệu", "Introduction", "QĐ 2 Art. 5", List.of()),
                def(202, "tin-tuc", null, "Tin tức", "News", "QĐ 2 Art. 5", List.of()),
                def(203, "van-ban", "gioi-thieu", "Văn bản", "Documents", "QĐ 2 Art. 5", List.of(FIVE_DAYS)),
                def(204, "hoi-dap", null, "Hỏi đáp", "Q&A", "QĐ 2 Art. 9", List.of()),
                def(205, "lien-he", null, "Liên hệ", "Contacts", "QĐ 2 Art. 5", List.of())), List.of()));
    }

    private void version1() {
        v1.put(101L, def(101, "gioi-thieu", null, "Giới thiệu", "Introduction", "QĐ 2 Art. 5", List.of()));
        v1.put(102L, def(102, "tin-tuc", null, "Tin tức - Sự kiện", "News and events", "QĐ 1 Art. 5", List.of()));
        v1.put(103L, def(103, "van-ban", null, "Văn bản", "Documents", "QĐ 1 Art. 5", List.of(TWO_DAYS)));
        v1.put(104L, def(104, "thong-bao", null, "Thông báo", "Announcements", "QĐ 1 Art. 5", List.of()));
        unit.add(snapshot(1, v1.get(101L), Set.of()));
        unit.add(renamed(snapshot(2, v1.get(102L), Set.of(CategoryField.NAME)), "Tin Đạo Trù"));
        unit.add(snapshot(3, v1.get(103L), Set.of()));
        unit.add(snapshot(4, v1.get(104L), Set.of()));
    }

    @Test
    void aCategoryNewInTheVersionIsAdded() {
        version1();
        assertEquals(List.of("hoi-dap", "lien-he"), codes(plan().of(UpgradePlan.Kind.ADDED)));
    }

    @Test
    void aCategoryTheVersionDropsIsHiddenNotDeleted() {
        version1();
        List<UpgradePlan.Entry> removed = plan().of(UpgradePlan.Kind.REMOVED);
        assertEquals(List.of("thong-bao"), codes(removed));
        assertEquals(CategoryField.VISIBILITY, removed.get(0).changes().get(0).field());
        assertEquals(false, removed.get(0).changes().get(0).after());
    }

    @Test
    void whatTheUnitRenamedKeepsItsNameWhileTheLawsFieldsFollowTheNewVersion() {
        version1();
        UpgradePlan.Entry news = entry(plan(), "tin-tuc");
        assertEquals(UpgradePlan.Kind.CHANGED, news.kind());
        UpgradePlan.FieldChange name = change(news, CategoryField.NAME);
        assertTrue(name.keptLocal(), "the unit renamed it: its name stays");
        assertEquals("Tin tức / News", name.after());
        assertFalse(change(news, CategoryField.LEGAL_BASIS).keptLocal(), "the legal basis always follows the law");
        assertEquals(1, plan().keptLocalCount());
    }

    @Test
    void rulesAndPositionTheUnitDidNotTouchFollowTheNewVersion() {
        version1();
        UpgradePlan.Entry documents = entry(plan(), "van-ban");
        UpgradePlan.FieldChange rules = change(documents, CategoryField.RULES);
        assertFalse(rules.keptLocal());
        assertEquals(new RuleSet(List.of(FIVE_DAYS), null), rules.after());
        assertEquals("gioi-thieu", change(documents, CategoryField.POSITION).after());
    }

    @Test
    void rulesTheUnitChangedAreKept() {
        version1();
        unit.set(2, withRules(snapshot(3, v1.get(103L), Set.of(CategoryField.RULES)), List.of(FIVE_DAYS)));
        assertTrue(change(entry(plan(), "van-ban"), CategoryField.RULES).keptLocal());
    }

    @Test
    void anUnchangedCategoryIsOnlyRelinked() {
        version1();
        assertEquals(UpgradePlan.Kind.UNCHANGED, entry(plan(), "gioi-thieu").kind());
        assertTrue(plan().changesAnything());
    }

    @Test
    void theUnitsOwnCategoryWithAPresetCodeIsAdoptedKeepingItsNames() {
        version1();
        unit.add(new CategorySnapshot(9, "hoi-dap", null, "Hỏi - Đáp của xã", "Ask us", false, false,
                ContentType.ARTICLE, null, false, false, new RuleSet(List.of(), null), CategoryOrigin.LOCAL, null,
                Set.of()));
        UpgradePlan.Entry adopted = entry(plan(), "hoi-dap");
        assertEquals(UpgradePlan.Kind.ADOPTED, adopted.kind());
        assertTrue(change(adopted, CategoryField.NAME).keptLocal());
        assertFalse(change(adopted, CategoryField.CONTENT_TYPE).keptLocal());
        assertFalse(codes(plan().of(UpgradePlan.Kind.ADDED)).contains("hoi-dap"), "not created twice");
    }

    @Test
    void theUnitsOwnCategoriesAndRetiredOnesOutsideThePresetAreLeftAlone() {
        version1();
        unit.add(new CategorySnapshot(10, "le-hoi", null, "Lễ hội", "Festivals", false, true, ContentType.ARTICLE,
                null, false, false, new RuleSet(List.of(), null), CategoryOrigin.LOCAL, null, Set.of()));
        assertTrue(plan().entries().stream().noneMatch(e -> e.code().equals("le-hoi")));
    }

    @Test
    void aRetiredCategoryTheVersionBringsBackIsShownAgain() {
        version1();
        PresetCategory oldContacts = def(99, "lien-he", null, "Liên hệ", "Contacts", "QĐ 2 Art. 5", List.of());
        v1.put(99L, oldContacts);
        unit.add(new CategorySnapshot(11, "lien-he", null, "Liên hệ", "Contacts", true, false, ContentType.PAGE,
                "QĐ 2 Art. 5", true, false, new RuleSet(List.of(), null), CategoryOrigin.RETIRED, 99L, Set.of()));
        UpgradePlan.Entry contacts = entry(plan(), "lien-he");
        assertEquals(UpgradePlan.Kind.CHANGED, contacts.kind());
        assertEquals(true, change(contacts, CategoryField.VISIBILITY).after());
    }

    private static PresetCategory def(long id, String code, String parent, String nameVi, String nameEn, String basis,
                                      List<Rule> rules) {
        return new PresetCategory(code, parent, (int) id % 100 * 10, nameVi, nameEn, ContentType.PAGE, basis, true,
                false, false, null, rules, id);
    }

    private static CategorySnapshot snapshot(long id, PresetCategory from, Set<CategoryField> overrides) {
        return new CategorySnapshot(id, from.code(), from.parentCode(), from.nameVi(), from.nameEn(), false,
                from.onHome(), from.contentType(), from.legalBasis(), from.mandatory(), from.englishRequired(),
                new RuleSet(from.rules(), from.retention()), CategoryOrigin.PRESET, from.storedId(),
                overrides.isEmpty() ? EnumSet.noneOf(CategoryField.class) : EnumSet.copyOf(overrides));
    }

    private static CategorySnapshot renamed(CategorySnapshot c, String nameVi) {
        return new CategorySnapshot(c.id(), c.code(), c.parentCode(), nameVi, c.nameEn(), c.hidden(), c.onHome(),
                c.contentType(), c.legalBasis(), c.mandatory(), c.englishRequired(), c.rules(), c.origin(),
                c.presetCategoryId(), c.localChanges());
    }

    private static CategorySnapshot withRules(CategorySnapshot c, List<Rule> rules) {
        return new CategorySnapshot(c.id(), c.code(), c.parentCode(), c.nameVi(), c.nameEn(), c.hidden(), c.onHome(),
                c.contentType(), c.legalBasis(), c.mandatory(), c.englishRequired(), new RuleSet(rules, null),
                c.origin(), c.presetCategoryId(), c.localChanges());
    }

    private static List<String> codes(List<UpgradePlan.Entry> entries) {
        return entries.stream().map(UpgradePlan.Entry::code).toList();
    }

    private static UpgradePlan.Entry entry(UpgradePlan plan, String code) {
        return plan.entries().stream().filter(e -> e.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not in " + plan));
    }

    private static UpgradePlan.FieldChange change(UpgradePlan.Entry entry, CategoryField field) {
        return entry.changes().stream().filter(c -> c.field() == field).findFirst()
                .orElseThrow(() -> new AssertionError(field + " not changed in " + entry));
    }
}
