package vn.cong.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @Test
    void theFileStartsWithAByteOrderMarkSoExcelReadsVietnamese() throws Exception {
        StringWriter out = new StringWriter();
        AuditEvent event = new AuditEvent(1L, "Trần Minh Đức", "127.0.0.1", "PUBLISH", "ITEM", 7L, "SUBMITTED",
                "PUBLISHED", "Đạo Trù \"khánh thành\", nhà văn hóa");
        event.stampAt(Instant.parse("2026-11-20T02:00:00Z"));
        AuditCsv.write(List.of(event), List.of("Thời gian", "Người thực hiện", "Địa chỉ", "Thao tác", "Đối tượng",
                "Chuyển trạng thái", "Chi tiết"), ZoneId.of("Asia/Ho_Chi_Minh"), out);
        String csv = out.toString();
        assertEquals('\uFEFF', csv.charAt(0));
        String[] lines = csv.substring(1).split("\r\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].startsWith("\"Thời gian\",\"Người thực hiện\""), lines[0]);
        assertTrue(lines[1].contains("\"Trần Minh Đức\",\"127.0.0.1\",\"PUBLISH\",\"ITEM 7\",\"SUBMITTED → PUBLISHED\""),
                lines[1]);
        assertTrue(lines[1].endsWith("\"Đạo Trù \"\"khánh thành\"\", nhà văn hóa\""), lines[1]);
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreDefused() {
        assertEquals("\"'=HYPERLINK(\"\"http://evil\"\")\"", AuditCsv.field("=HYPERLINK(\"http://evil\")"));
        assertEquals("\"'+1\"", AuditCsv.field("+1"));
        assertEquals("\"'@SUM(A1)\"", AuditCsv.field("@SUM(A1)"));
        assertEquals("\"Bình thường\"", AuditCsv.field("Bình thường"));
    }
}
