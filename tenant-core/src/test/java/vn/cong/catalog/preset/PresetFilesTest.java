package vn.cong.catalog.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cong.catalog.DefaultCatalog;
import vn.cong.catalog.Rule;
import vn.cong.platform.VietnameseText;
import vn.cong.tenancy.UnitLevel;

/** The bundled preset files parse and hold what the platform relies on; broken files are refused with their place. */
class PresetFilesTest {

    @Test
    void everyRegulationIsShippedAsAVersionedDatedPreset() {
        Set<String> codes = new HashSet<>();
        for (Preset preset : Presets.all()) {
            codes.add(preset.ref().code());
            assertTrue(preset.ref().version() >= 1);
            assertNotNull(preset.ref().effectiveDate());
            assertFalse(preset.ref().regulation().isBlank());
        }
        assertEquals(Set.of(Presets.MIC, Presets.VP, Presets.ND, Presets.BNV, Presets.DECREE_42), codes);
    }

    @Test
    void everyCategoryHasNamesATypeALegalBasisAndAParentAtItsLevel() {
        for (Preset preset : Presets.all()) {
            preset.categoriesByLevel().forEach((level, categories) -> {
                Set<String> seen = new HashSet<>();
                for (PresetCategory c : categories) {
                    String where = preset.ref().key() + " " + level + " " + c.code();
                    assertFalse(c.nameVi().isBlank(), where);
                    assertFalse(c.nameEn().isBlank(), where);
                    assertNotNull(c.contentType(), where);
                    assertFalse(c.legalBasis().isBlank(), where);
                    assertEquals(VietnameseText.nfc(c.nameVi()), c.nameVi(), where + " is stored NFC");
                    assertTrue(c.parentCode() == null || seen.contains(c.parentCode()), where + ": parent comes first");
                    assertTrue(seen.add(c.code()), where + " is unique at its level");
                }
            });
        }
    }

    @Test
    void everyRuleNamesItsArticleAndCountedDeadlinesHaveATrigger() {
        for (Preset preset : Presets.all()) {
            for (List<PresetCategory> categories : preset.categoriesByLevel().values()) {
                for (PresetCategory c : categories) {
                    for (Rule rule : c.rules()) {
                        assertFalse(rule.legalBasis().isBlank(), c.code());
                        if (rule.deadline() != null && rule.deadline().kind().isCounted()) {
                            assertNotNull(rule.trigger(), preset.ref().key() + " " + c.code());
                        }
                    }
                }
            }
        }
    }

    @Test
    void everyLevelHasTheCategoriesThePlatformReliesOn() {
        for (Preset preset : Presets.all()) {
            for (UnitLevel level : preset.levels()) {
                PresetLevel at = preset.level(level).orElseThrow();
                for (String code : List.of(DefaultCatalog.INTRODUCTION, DefaultCatalog.NEWS,
                        DefaultCatalog.INFORMATION_CATALOG)) {
                    assertTrue(at.category(code).isPresent(), preset.ref().key() + " " + level + " lacks " + code);
                }
            }
        }
    }

    @Test
    void theDemoPortalsFindTheCategoriesTheirContentUses() {
        for (String code : List.of("chi-dao-dieu-hanh", "thong-bao", "van-ban", "tuyen-truyen-phap-luat")) {
            for (UnitLevel level : List.of(UnitLevel.PROVINCE, UnitLevel.DEPARTMENT, UnitLevel.DISTRICT,
                    UnitLevel.COMMUNE)) {
                assertTrue(Presets.level(Presets.VP, level).category(code).isPresent(), code + " at " + level);
            }
        }
        assertTrue(Presets.level(Presets.MIC, UnitLevel.MINISTRY).category("thong-bao").isPresent());
        assertTrue(Presets.level(Presets.MIC, UnitLevel.MINISTRY).category("van-ban").isPresent());
        assertTrue(Presets.level(Presets.BNV, UnitLevel.THEMATIC_SITE).category("mo-hinh-kinh-nghiem").isPresent());
    }

    @Test
    void theBaselineCoversEveryLevelSoThatAnyUnitCanOpen() {
        assertEquals(Set.of(UnitLevel.values()), Presets.preset(Presets.DECREE_42).levels());
    }

    @Test
    void aFileWithoutLegalBasisIsRefusedWithItsPlace() {
        PresetFormatException refused = assertThrows(PresetFormatException.class, () -> parse("""
                {"code": "thu", "version": 1, "nameVi": "Thử", "nameEn": "Test", "regulation": "QĐ 1",
                 "effectiveDate": "2026-01-01", "levels": ["COMMUNE"],
                 "categories": [{"code": "tin-tuc", "nameVi": "Tin", "nameEn": "News", "type": "ARTICLE"}]}"""));
        assertTrue(refused.getMessage().contains("thu.json: categories[0] (tin-tuc): 'basis' is required"),
                refused.getMessage());
    }

    @Test
    void aCodeTwiceAtOneLevelIsRefused() {
        PresetFormatException refused = assertThrows(PresetFormatException.class, () -> parse(minimal("""
                {"code": "tin-tuc", "nameVi": "Tin", "nameEn": "News", "type": "ARTICLE", "basis": "X Art. 1",
                 "children": [{"code": "tin-tuc", "nameVi": "Tin", "nameEn": "News", "type": "ARTICLE", "basis": "X"}]}""")));
        assertTrue(refused.getMessage().contains("appears twice"), refused.getMessage());
    }

    @Test
    void aCodeWithDiacriticsOrSpacesIsRefused() {
        PresetFormatException refused = assertThrows(PresetFormatException.class, () -> parse(minimal("""
                {"code": "tin tức", "nameVi": "Tin", "nameEn": "News", "type": "ARTICLE", "basis": "X Art. 1"}""")));
        assertTrue(refused.getMessage().contains("kebab-case"), refused.getMessage());
    }

    @Test
    void aCountedDeadlineWithoutItsNumberOrTriggerIsRefused() {
        assertThrows(PresetFormatException.class, () -> parse(minimal("""
                {"code": "van-ban", "nameVi": "VB", "nameEn": "Docs", "type": "LEGAL_DOCUMENT", "basis": "X",
                 "rules": [{"trigger": "SIGNED", "deadline": "WORKING_DAYS", "basis": "X Art. 2"}]}""")));
        PresetFormatException noTrigger = assertThrows(PresetFormatException.class, () -> parse(minimal("""
                {"code": "van-ban", "nameVi": "VB", "nameEn": "Docs", "type": "LEGAL_DOCUMENT", "basis": "X",
                 "rules": [{"deadline": "7 WORKING_DAYS", "basis": "X Art. 2"}]}""")));
        assertTrue(noTrigger.getMessage().contains("categories[0] (van-ban).rules[0]"), noTrigger.getMessage());
        assertThrows(PresetFormatException.class, () -> parse(minimal("""
                {"code": "van-ban", "nameVi": "VB", "nameEn": "Docs", "type": "LEGAL_DOCUMENT", "basis": "X",
                 "rules": [{"trigger": "SIGNED", "deadline": "7 WORKING_DAYS"}]}""")), "a rule without its article");
    }

    @Test
    void aChildCannotApplyToALevelItsParentDoesNot() {
        PresetFormatException refused = assertThrows(PresetFormatException.class, () -> parse("""
                {"code": "thu", "version": 1, "nameVi": "Thử", "nameEn": "Test", "regulation": "QĐ 1",
                 "effectiveDate": "2026-01-01", "levels": ["COMMUNE", "PROVINCE"],
                 "categories": [{"code": "a", "nameVi": "A", "nameEn": "A", "type": "PAGE", "basis": "X",
                   "levels": ["COMMUNE"],
                   "children": [{"code": "b", "nameVi": "B", "nameEn": "B", "type": "PAGE", "basis": "X",
                     "levels": ["PROVINCE"]}]}]}"""));
        assertTrue(refused.getMessage().contains("not all levels of its parent"), refused.getMessage());
    }

    @Test
    void aFlagThatIsNotTrueOrFalseIsRefused() {
        PresetFormatException refused = assertThrows(PresetFormatException.class, () -> parse(minimal("""
                {"code": "tin-tuc", "nameVi": "Tin", "nameEn": "News", "type": "ARTICLE", "basis": "X",
                 "mandatory": "có"}""")));
        assertTrue(refused.getMessage().contains("'mandatory' must be true or false"), refused.getMessage());
    }

    private static String minimal(String category) {
        return """
                {"code": "thu", "version": 1, "nameVi": "Thử", "nameEn": "Test", "regulation": "QĐ 1",
                 "effectiveDate": "2026-01-01", "levels": ["COMMUNE"], "categories": [%s]}""".formatted(category);
    }

    private static Preset parse(String json) {
        return PresetFile.parse("thu.json", json.getBytes(StandardCharsets.UTF_8));
    }
}
