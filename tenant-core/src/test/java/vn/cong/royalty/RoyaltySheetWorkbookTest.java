package vn.cong.royalty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The XLSX as the accountant opens it: Vietnamese title, one row per person, a totals row, state and approver. */
class RoyaltySheetWorkbookTest {

    private static Map<String, BigDecimal> kinds(long writing, long photos, long translation, long editing) {
        return Map.of("WRITING", BigDecimal.valueOf(writing), "PHOTOS", BigDecimal.valueOf(photos),
                "TRANSLATION", BigDecimal.valueOf(translation), "EDITING", BigDecimal.valueOf(editing));
    }

    @Test
    void theWorkbookReadsBackWithVietnameseIntactAndTotalsThatAddUp() throws Exception {
        List<PersonTotal> people = List.of(
                new PersonTotal("N:đỗ thị lan", null, "Đỗ Thị Lan", 1, kinds(0, 117_000, 0, 0), BigDecimal.ZERO,
                        BigDecimal.valueOf(117_000)),
                new PersonTotal("A:7", 7L, "Nguyễn Thu Hà", 2, kinds(702_000, 0, 0, 0), BigDecimal.valueOf(-50_000),
                        BigDecimal.valueOf(652_000)));
        RoyaltySheetView view = new RoyaltySheetView(10, "Xã Đạo Trù", "2026-11", SheetState.LOCKED, "Trần Minh Đức",
                Instant.parse("2026-11-28T02:00:00Z"), "Phạm Văn Hùng", Instant.parse("2026-11-28T03:30:00Z"),
                Instant.parse("2026-11-28T03:30:00Z"), null, people, SheetSummary.byKind(people),
                BigDecimal.valueOf(-50_000), BigDecimal.valueOf(769_000), 3, List.of(), List.of());

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(RoyaltySheetWorkbook.write(view)))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Tháng 11 năm 2026 — Xã Đạo Trù", sheet.getRow(1).getCell(0).getStringCellValue());
            Row header = sheet.getRow(RoyaltySheetWorkbook.HEADER_ROW);
            assertEquals("Họ và tên", header.getCell(1).getStringCellValue());
            assertEquals("Viết tin, bài", header.getCell(RoyaltySheetWorkbook.FIRST_KIND_COLUMN).getStringCellValue());
            Row first = sheet.getRow(RoyaltySheetWorkbook.HEADER_ROW + 1);
            assertEquals("Đỗ Thị Lan", first.getCell(1).getStringCellValue());
            assertEquals(117_000, first.getCell(RoyaltySheetWorkbook.FIRST_KIND_COLUMN + 1).getNumericCellValue());
            Row totals = sheet.getRow(RoyaltySheetWorkbook.HEADER_ROW + 3);
            assertEquals("Tổng cộng", totals.getCell(1).getStringCellValue());
            int totalColumn = RoyaltySheetWorkbook.FIRST_KIND_COLUMN + ContributionKind.values().length + 1;
            assertEquals(769_000, totals.getCell(totalColumn).getNumericCellValue());
            assertEquals(-50_000, totals.getCell(totalColumn - 1).getNumericCellValue());
            assertEquals("Trạng thái: Đã duyệt, đã khóa", sheet.getRow(RoyaltySheetWorkbook.HEADER_ROW + 5)
                    .getCell(0).getStringCellValue());
            assertEquals("Người duyệt (Trưởng Ban Biên tập): Phạm Văn Hùng, 28/11/2026 10:30",
                    sheet.getRow(RoyaltySheetWorkbook.HEADER_ROW + 7).getCell(0).getStringCellValue());
        }
    }
}
