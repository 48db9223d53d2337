package vn.cong.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SynthesisWorkbookTest {

    @Test
    void oneRowPerCommentWithItsParagraphDecisionAndAnswerThenTheCounts() throws Exception {
        Instant at = Instant.parse("2026-12-07T03:00:00Z");
        List<CommentView> comments = List.of(
                new CommentView(1, null, null, 1, "T. V. Bình", "Đề nghị lấy ý kiến thêm ở thôn.", CommentState.VISIBLE,
                        0, CommentDecision.ACCEPTED, null, at),
                new CommentView(2, 3, "Khoản 1. Nghĩa trang được quy hoạch theo thôn.", 1, "L. T. Hoa",
                        "Nên quy hoạch theo cụm thôn.", CommentState.HIDDEN, 3, CommentDecision.EXPLAINED,
                        "Quy hoạch chung của huyện đã xác định theo thôn.", at));
        byte[] xlsx = SynthesisWorkbook.write(new SynthesisWorkbook.Sheet("Xã Đạo Trù", "Quy chế nghĩa trang",
                new CommentPeriod(LocalDate.of(2026, 11, 1), 30), "UBND xã Đạo Trù", comments, 1, "Tiếp thu.",
                LocalDate.of(2026, 12, 7)));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(SynthesisWorkbook.HEADER_ROW);
            assertEquals("Tiếp thu, giải trình", header.getCell(5).getStringCellValue());
            Row first = sheet.getRow(SynthesisWorkbook.HEADER_ROW + 1);
            assertEquals("Toàn văn dự thảo", first.getCell(1).getStringCellValue());
            assertEquals("Tiếp thu", first.getCell(5).getStringCellValue());
            Row second = sheet.getRow(SynthesisWorkbook.HEADER_ROW + 2);
            assertEquals("Đoạn 3: Khoản 1. Nghĩa trang được quy hoạch theo thôn.", second.getCell(1).getStringCellValue());
            assertEquals("Giải trình", second.getCell(5).getStringCellValue());
            assertEquals("Quy hoạch chung của huyện đã xác định theo thôn.", second.getCell(6).getStringCellValue());
            assertEquals("Tổng số góp ý: 2; góp ý bị loại khi kiểm duyệt (vi phạm quy định): 1",
                    sheet.getRow(SynthesisWorkbook.HEADER_ROW + 4).getCell(0).getStringCellValue());
        }
    }
}
