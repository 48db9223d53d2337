package vn.cong.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cong.catalog.ContentType;
import vn.cong.catalog.Trigger;

/** The field schemas as data and the checks of a save: every problem at once, in Vietnamese and English. */
class StructuredFieldValidationTest {

    private static final ContentSchema LEGAL = ContentSchemas.forType(ContentType.LEGAL_DOCUMENT).orElseThrow();

    private static Map<String, String> document() {
        Map<String, String> values = new HashMap<>();
        values.put("hinh-thuc", "quyet-dinh");
        values.put("so-ky-hieu", "15/2026/QĐ-UBND");
        values.put("co-quan-ban-hanh", "UBND xã Đạo Trù");
        values.put("ngay-ky", "12/02/2026");
        values.put("ngay-ban-hanh", "2026-02-12");
        values.put("trich-yeu", "Quyết định ban hành quy chế làm việc");
        return values;
    }

    @Test
    void everyStructuredContentTypeOfTheIssueHasASchemaAndArticlesHaveNone() {
        for (ContentType type : List.of(ContentType.LEGAL_DOCUMENT, ContentType.INVESTMENT_PROJECT,
                ContentType.PROCUREMENT_NOTICE, ContentType.SCIENCE_PROGRAMME, ContentType.STATISTICS_REPORT,
                ContentType.WORK_SCHEDULE, ContentType.RECEPTION_SCHEDULE, ContentType.CONTACT_LIST,
                ContentType.ADMINISTRATIVE_PROCEDURE)) {
            assertTrue(ContentSchemas.forType(type).isPresent(), type.name());
        }
        assertTrue(ContentSchemas.forType(ContentType.ARTICLE).isEmpty());
    }

    @Test
    void aLegalDocumentsSigningAndIssueDatesCarryTheirTriggers() {
        assertEquals(Trigger.SIGNED, LEGAL.field("ngay-ky").orElseThrow().trigger());
        assertEquals(Trigger.ISSUED, LEGAL.field("ngay-ban-hanh").orElseThrow().trigger());
        assertEquals(Trigger.APPROVED, ContentSchemas.forType(ContentType.INVESTMENT_PROJECT).orElseThrow()
                .field("ngay-phe-duyet").orElseThrow().trigger());
    }

    @Test
    void theServiceLevelSchemeIsDataWithBothDecree42LevelsAndTheFormerFour() {
        FieldDefinition level = ContentSchemas.forType(ContentType.ADMINISTRATIVE_PROCEDURE).orElseThrow()
                .field("muc-do").orElseThrow();
        assertEquals(List.of("toan-trinh", "mot-phan", "muc-1", "muc-2", "muc-3", "muc-4"),
                level.values().stream().map(EnumValue::code).toList());
        assertEquals("Fully online (Decree 42/2022)", level.display("toan-trinh", "en"));
    }

    @Test
    void aValidDocumentIsNormalisedDatesToIsoAndTextToNfc() {
        Map<String, String> values = FieldValues.validate(LEGAL, document(), FieldValues.References.NONE);
        assertEquals("2026-02-12", values.get("ngay-ky"));
        assertEquals("15/2026/QĐ-UBND", values.get("so-ky-hieu"));
        assertEquals("12/02/2026", LEGAL.field("ngay-ky").orElseThrow().display(values.get("ngay-ky"), "vi"));
    }

    @Test
    void everyProblemIsReportedAtOnceNamingItsField() {
        Map<String, String> values = document();
        values.remove("so-ky-hieu");
        values.put("hinh-thuc", "sac-lenh");
        values.put("ngay-ky", "31/02/2026");
        values.put("ngay-hieu-luc", "2026-03-01");
        values.put("ngay-het-hieu-luc", "2026-02-01");
        values.put("khong-co", "x");
        FieldsRefused refused = assertThrows(FieldsRefused.class,
                () -> FieldValues.validate(LEGAL, values, FieldValues.References.NONE));
        assertEquals(422, refused.status());
        assertEquals(List.of("khong-co", "hinh-thuc", "so-ky-hieu", "ngay-ky", "ngay-het-hieu-luc"),
                refused.problems().stream().map(FieldProblem::fieldCode).toList());
        assertTrue(refused.details("vi").contains("Hãy nhập \"Số, ký hiệu\"."), refused.details("vi").toString());
        assertTrue(refused.details("en").contains("\"Expires on\" may not be before \"Effective from\"."),
                refused.details("en").toString());
    }

    @Test
    void theIssueDateMayNotPrecedeTheSigningDate() {
        Map<String, String> values = document();
        values.put("ngay-ban-hanh", "2026-02-11");
        FieldsRefused refused = assertThrows(FieldsRefused.class,
                () -> FieldValues.validate(LEGAL, values, FieldValues.References.NONE));
        assertEquals("ngay-ban-hanh", refused.problems().get(0).fieldCode());
    }

    @Test
    void moneyIsNotNegativeAndAcceptsVietnameseThousandsDots() {
        ContentSchema project = ContentSchemas.forType(ContentType.INVESTMENT_PROJECT).orElseThrow();
        Map<String, String> values = new HashMap<>(Map.of("muc-tieu", "Nâng cấp đường liên xã", "linh-vuc", "Giao thông",
                "loai-du-an", "dang-trien-khai", "ngay-phe-duyet", "2026-10-01", "tong-von", "12.500.000.000"));
        assertEquals("12500000000", FieldValues.validate(project, values, FieldValues.References.NONE).get("tong-von"));
        assertEquals("12.500.000.000 đồng", project.field("tong-von").orElseThrow().display("12500000000", "vi"));
        values.put("tong-von", "-5");
        assertThrows(FieldsRefused.class, () -> FieldValues.validate(project, values, FieldValues.References.NONE));
    }

    @Test
    void thePublicServicePortalLinkMustBeAWebAddressAndFilesMustBeTheUnits() {
        ContentSchema procedure = ContentSchemas.forType(ContentType.ADMINISTRATIVE_PROCEDURE).orElseThrow();
        Map<String, String> values = new HashMap<>(Map.of("ma-thu-tuc", "1.001234", "linh-vuc", "Hộ tịch",
                "muc-do", "toan-trinh", "cong-dich-vu-cong", "javascript:alert(1)"));
        FieldsRefused refused = assertThrows(FieldsRefused.class,
                () -> FieldValues.validate(procedure, values, FieldValues.References.NONE));
        assertEquals("cong-dich-vu-cong", refused.problems().get(0).fieldCode());
        values.put("cong-dich-vu-cong", "https://dichvucong.vinhphuc.gov.vn/thu-tuc/1.001234");
        FieldValues.validate(procedure, values, FieldValues.References.NONE);

        Map<String, String> withFile = document();
        withFile.put("tep-van-ban", "42");
        assertThrows(FieldsRefused.class, () -> FieldValues.validate(LEGAL, withFile, FieldValues.References.NONE));
    }

    @Test
    void aLegalDocumentIsInForceBetweenItsEffectiveAndExpiryDates() {
        java.time.LocalDate effective = java.time.LocalDate.of(2026, 3, 1);
        java.time.LocalDate expiry = java.time.LocalDate.of(2027, 1, 1);
        assertEquals(LegalStatus.NOT_YET_IN_FORCE, LegalStatus.on(effective.minusDays(1), effective, expiry));
        assertEquals(LegalStatus.IN_FORCE, LegalStatus.on(effective, effective, expiry));
        assertEquals(LegalStatus.IN_FORCE, LegalStatus.on(expiry.minusDays(1), effective, expiry));
        assertEquals(LegalStatus.EXPIRED, LegalStatus.on(expiry, effective, expiry));
        assertEquals(LegalStatus.IN_FORCE, LegalStatus.on(expiry, null, null));
    }
}
