package vn.cong.provisioning.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.cong.tenancy.UnitImport;
import vn.cong.tenancy.UnitImportRow;
import vn.cong.tenancy.UnitLevel;

/** The report a DIC hands on: counts, then every row with what happened and why, in Vietnamese. */
class ImportReportWorkbookTest {

    @Test
    void everyRowIsListedWithItsOutcomeAndItsReasonInVietnamese() throws IOException {
        UnitImport unitImport = new UnitImport(1L, "dvhcvn-2025-03", 7, "Quản trị Sở TTTT", Instant.EPOCH);
        unitImport.planned(3, 1, 1);
        UnitImportRow created = new UnitImportRow(9, 1, "248", "Huyện Tam Đảo", UnitLevel.DISTRICT, "26",
                "tamdao", "tamdao.vinhphuc");
        created.created(42);
        UnitImportRow skipped = new UnitImportRow(9, 2, "252", "Huyện Vĩnh Tường", UnitLevel.DISTRICT, "26",
                "vinhtuong", "vinhtuong.vinhphuc");
        skipped.skip("import.row.exists", "252", "vinhtuong.vinhphuc");
        UnitImportRow refused = new UnitImportRow(9, 3, "08914", "Xã Đạo Trù", UnitLevel.COMMUNE, "248",
                "daotru", null);
        refused.refuse("import.row.code-duplicate", "08914", 2);

        byte[] xlsx = ImportReportWorkbook.write(unitImport, List.of(created, skipped, refused),
                ImportMessages::vietnamese);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertTrue(sheet.getRow(1).getCell(0).getStringCellValue().contains("Tổng 3 dòng"),
                    sheet.getRow(1).getCell(0).getStringCellValue());
            Row first = sheet.getRow(ImportReportWorkbook.HEADER_ROW + 1);
            assertEquals(1, (int) first.getCell(0).getNumericCellValue());
            assertEquals("Huyện, thị xã, thành phố thuộc tỉnh", first.getCell(3).getStringCellValue());
            assertEquals("Đã mở cổng", first.getCell(6).getStringCellValue());
            assertEquals("", first.getCell(7).getStringCellValue());
            Row third = sheet.getRow(ImportReportWorkbook.HEADER_ROW + 3);
            assertEquals("Từ chối", third.getCell(6).getStringCellValue());
            assertTrue(third.getCell(7).getStringCellValue().contains("08914"), third.getCell(7).getStringCellValue());
            assertTrue(third.getCell(7).getStringCellValue().contains("2"), "the row it repeats");
        }
    }
}
