package vn.cong.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cong.platform.VietnameseText;

/** What the document search compares: folded words, escaped patterns, the GET parameters of the form. */
class SearchFoldingTest {

    @Test
    void typedWordsWithOrWithoutDiacriticsFoldToTheSameKey() {
        assertEquals(List.of("quyet", "dinh"), VietnameseText.foldedWords("  Quyết   định "));
        assertEquals(List.of("quyet", "dinh"), VietnameseText.foldedWords("quyet dinh"));
        assertEquals(List.of("uy", "ban", "dao", "tru"), VietnameseText.foldedWords("Ủy ban Đạo Trù"));
        assertTrue(VietnameseText.foldedWords(" ").isEmpty());
    }

    @Test
    void decomposedInputFoldsLikeComposedInput() {
        String decomposed = java.text.Normalizer.normalize("Quyết định", java.text.Normalizer.Form.NFD);
        assertEquals(VietnameseText.foldedWords("Quyết định"), VietnameseText.foldedWords(decomposed));
    }

    @Test
    void wildcardsTypedByCitizensAreLiteral() {
        assertEquals("%50!%!_x!!%", VietnameseText.containsPattern("50%_x!"));
    }

    @Test
    void theStoredKeyOfANumberIsItsFoldedForm() {
        ItemField row = new ItemField(1, LegalDocumentFields.NUMBER);
        row.set(ContentSchemas.forType(vn.cong.catalog.ContentType.LEGAL_DOCUMENT).orElseThrow()
                .field(LegalDocumentFields.NUMBER).orElseThrow(), "15/2026/QĐ-UBND");
        assertEquals("15/2026/QĐ-UBND", row.getTextValue());
        assertTrue(VietnameseText.fold("15/2026/QĐ-UBND").contains("qd-ubnd"));
    }

    @Test
    void theSearchFormsParametersBecomeAQuery() {
        Map<String, String> params = Map.of("so", " 15/2026 ", "hinh-thuc", "quyet-dinh", "tu-ngay", "01/01/2026",
                "den-ngay", "2026-12-31", "q", "quy che", "hieu-luc", "het-hieu-luc", "trang", "2");
        DocumentQuery query = DocumentQuery.fromParameters(params::get);
        assertEquals("15/2026", query.number());
        assertEquals(LocalDate.of(2026, 1, 1), query.from());
        assertEquals(LocalDate.of(2026, 12, 31), query.to());
        assertEquals(LegalStatus.EXPIRED, query.status());
        assertEquals(10, query.firstResult());
        DocumentQuery garbage = DocumentQuery.fromParameters(Map.of("tu-ngay", "hôm qua", "trang", "x")::get);
        assertNull(garbage.from());
        assertEquals(1, garbage.page());
    }
}
