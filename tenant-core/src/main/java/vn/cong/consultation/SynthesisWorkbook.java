package vn.cong.consultation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cong.platform.Vietnam;

/**
 * The synthesis of a consultation as an XLSX workbook (Apache POI), in Vietnamese as it is filed: the title with the
 * unit, the draft and the period, then one row per comment — STT, the paragraph (its number and opening words, or the
 * whole draft), the comment, its author (masked), the date, the board's decision and its answer — then the count of
 * comments rejected by moderation and the board's conclusion.
 */
public final class SynthesisWorkbook {

    /** Row index (0-based) of the header row; comments start on the next row. */
    public static final int HEADER_ROW = 4;
    static final String[] HEADERS = {"STT", "Đoạn dự thảo", "Nội dung góp ý", "Người góp ý", "Ngày góp ý",
        "Tiếp thu, giải trình", "Nội dung tiếp thu, giải trình"};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private SynthesisWorkbook() {
    }

    /** What the workbook shows. */
    public record Sheet(String unit, String draft, CommentPeriod period, String receivingUnit,
                        List<CommentView> comments, long rejectedByModeration, String conclusion,
                        LocalDate publishedOn) {
    }

    public static String decisionWords(CommentDecision decision) {
        if (decision == null) {
            return "Chưa trả lời";
        }
        return switch (decision) {
            case ACCEPTED -> "Tiếp thu";
            case REJECTED -> "Không tiếp thu";
            case EXPLAINED -> "Giải trình";
        };
    }

    public static byte[] write(Sheet view) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("Tổng hợp góp ý");
            CellStyle title = style(workbook, true, 14, false);
            CellStyle header = style(workbook, true, 11, true);
            CellStyle text = style(workbook, false, 11, true);
            title.setAlignment(HorizontalAlignment.CENTER);
            header.setAlignment(HorizontalAlignment.CENTER);
            int last = HEADERS.length - 1;
            cell(sheet, 0, 0, "BẢN TỔNG HỢP, TIẾP THU, GIẢI TRÌNH Ý KIẾN GÓP Ý", title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
            cell(sheet, 1, 0, view.unit() + " — Dự thảo: " + view.draft(), text);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last));
            cell(sheet, 2, 0, "Thời gian lấy ý kiến: " + DAY.format(view.period().opensOn()) + " – "
                    + DAY.format(view.period().closesOn()) + " (" + view.period().days() + " ngày) · Đơn vị tiếp nhận: "
                    + view.receivingUnit(), text);
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, last));
            for (int c = 0; c < HEADERS.length; c++) {
                cell(sheet, HEADER_ROW, c, HEADERS[c], header);
            }
            int row = HEADER_ROW + 1;
            int number = 1;
            for (CommentView comment : view.comments()) {
                cell(sheet, row, 0, String.valueOf(number++), text);
                cell(sheet, row, 1, comment.paragraph() == null ? "Toàn văn dự thảo"
                        : "Đoạn " + comment.paragraph() + ": " + opening(comment.paragraphText()), text);
                cell(sheet, row, 2, comment.body(), text);
                cell(sheet, row, 3, comment.author(), text);
                cell(sheet, row, 4, DAY.format(comment.createdAt().atZone(Vietnam.ZONE)), text);
                cell(sheet, row, 5, decisionWords(comment.decision()), text);
                cell(sheet, row, 6, comment.response() == null ? "" : comment.response(), text);
                row++;
            }
            row++;
            cell(sheet, row++, 0, "Tổng số góp ý: " + view.comments().size() + "; góp ý bị loại khi kiểm duyệt (vi phạm"
                    + " quy định): " + view.rejectedByModeration(), text);
            if (view.conclusion() != null) {
                cell(sheet, row++, 0, "Kết luận: " + view.conclusion(), text);
            }
            cell(sheet, row, 0, view.publishedOn() == null ? "Chưa công bố kết quả."
                    : "Công bố kết quả ngày " + DAY.format(view.publishedOn()), text);
            int[] widths = {6, 40, 60, 20, 12, 18, 60};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String opening(String paragraph) {
        if (paragraph == null) {
            return "";
        }
        return paragraph.length() <= 120 ? paragraph : paragraph.substring(0, 119) + "…";
    }

    private static void cell(org.apache.poi.ss.usermodel.Sheet sheet, int row, int column, String value,
                             CellStyle style) {
        Row line = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        org.apache.poi.ss.usermodel.Cell cell = line.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static CellStyle style(XSSFWorkbook workbook, boolean bold, int size, boolean bordered) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(bold);
        font.setFontHeightInPoints((short) size);
        font.setFontName("Times New Roman");
        style.setFont(font);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        if (bordered) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        return style;
    }
}
