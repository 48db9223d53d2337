package vn.cong.provisioning.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.cong.platform.DomainException;
import vn.cong.provisioning.importing.ImportPlanner.Existing;
import vn.cong.provisioning.importing.ImportPlanner.Planned;
import vn.cong.provisioning.register.OfficialUnit;
import vn.cong.tenancy.UnitLevel;

/** The forms a DIC's list comes in: the official JSON, a CSV, an XLSX — and what is wrong with a file as a whole. */
class ListFilesTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aCsvWithVietnameseHeadersSemicolonsAndABomIsReadUnitByUnit() {
        ListFiles.Uploaded list = ListFiles.read(utf8("\uFEFFMã;Tên;Loại;Mã cấp trên\n"
                + "248;Tam Đảo;Huyện;26\n"
                + "8914;Đạo Trù;Xã;248\n"
                + "08917;Xã Đại Đình;Xã;248\n\n"));
        assertEquals(2, list.firstRowNo(), "line 1 is the header");
        assertEquals(List.of(new OfficialUnit("248", "Huyện Tam Đảo", UnitLevel.DISTRICT, "26"),
                new OfficialUnit("08914", "Xã Đạo Trù", UnitLevel.COMMUNE, "248"),
                new OfficialUnit("08917", "Xã Đại Đình", UnitLevel.COMMUNE, "248")), list.units(),
                "the type joins the name as published; the zero Excel dropped comes back");
    }

    @Test
    void anXlsxWithEnglishHeadersAndNumericCodesIsReadTheSame() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            String[] names = {"code", "name", "type", "parent code"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(8914);
            row.createCell(1).setCellValue("Xã Đạo Trù");
            row.createCell(2).setCellValue("COMMUNE");
            row.createCell(3).setCellValue(248);
            workbook.write(out);
        }
        assertEquals(List.of(new OfficialUnit("08914", "Xã Đạo Trù", UnitLevel.COMMUNE, "248")),
                ListFiles.read(out.toByteArray()).units());
    }

    @Test
    void theOfficialJsonIsReadAsPublished() {
        ListFiles.Uploaded list = ListFiles.read(utf8("{\"data\":[{\"level1_id\":\"26\",\"name\":\"Tỉnh Vĩnh Phúc\","
                + "\"level2s\":[{\"level2_id\":\"248\",\"name\":\"Huyện Tam Đảo\",\"level3s\":[]}]}]}"));
        assertEquals(1, list.firstRowNo());
        assertEquals(2, list.units().size());
    }

    @Test
    void aRowNumberLeadsToTheLineOfTheSpreadsheet() {
        ListFiles.Uploaded list = ListFiles.read(utf8("ma,ten,cap,ma_cap_tren\n248,Huyện Tam Đảo,Huyện,26\n"
                + "08914,Xã Đạo Trù,Làng,248\n"));
        List<Planned> plan = ImportPlanner.plan(list.units(), list.firstRowNo(), null, code -> code.equals("26")
                ? Optional.of(new Existing("26", UnitLevel.PROVINCE, "vinhphuc")) : Optional.empty(), host -> false);
        assertEquals(2, plan.get(0).rowNo());
        assertEquals(3, plan.get(1).rowNo());
        assertEquals("08914", plan.get(1).unit().code(), "a code of five digits is a commune's, whatever the type says");
    }

    @Test
    void aTypeThatNamesNoLevelIsRefusedOnItsRow() {
        ListFiles.Uploaded list = ListFiles.read(utf8("code,name,type,parent\nX1,Làng Vân,Làng,248\n"));
        assertNull(list.units().get(0).level());
        List<Planned> plan = ImportPlanner.plan(list.units(), list.firstRowNo(), null, code -> Optional.empty(),
                host -> false);
        assertEquals("import.row.type-unknown", plan.get(0).key());
        assertEquals(2, plan.get(0).rowNo());
    }

    @Test
    void whatIsWrongWithTheWholeFileIsRefusedNamingTheLine() {
        assertEquals("import.file.columns", refusal("code,name\n248,Huyện Tam Đảo\n"));
        assertEquals("import.file.row-incomplete", refusal("code,name,type,parent\n248,,Huyện,26\n"));
        assertEquals(List.of(2), List.of(refused("code,name,type,parent\n248,,Huyện,26\n").arguments()));
        assertEquals("import.file.blank-line", refusal("code,name,type,parent\n248,Tam Đảo,Huyện,26\n\n"
                + "249,Tam Dương,Huyện,26\n"));
        assertEquals("import.file.empty", refusal("code,name,type,parent\n"));
        assertEquals("import.file.invalid", refusal("{\"data\": 3}"));
        assertEquals("import.file.xlsx-invalid", ListFilesTest.refused(new byte[] {'P', 'K', 3, 4, 0, 0}).messageKey());
        assertEquals("import.file.empty", ListFilesTest.refused(new byte[0]).messageKey());
    }

    private static String refusal(String content) {
        return refused(content).messageKey();
    }

    private static DomainException refused(String content) {
        return refused(utf8(content));
    }

    private static DomainException refused(byte[] content) {
        return assertThrows(DomainException.class, () -> ListFiles.read(content));
    }
}
