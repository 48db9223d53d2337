package vn.cong.royalty;

import vn.cong.platform.Vietnam;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A monthly royalty sheet as an XLSX workbook (Apache POI), in Vietnamese as it is signed: the title with the unit
 * and the month, one row per person (name, items, one column per kind of work, adjustments, total), a totals row,
 * then the sheet's state, who prepared it and who approved it. Amounts are numbers (whole đồng, "#,##0"), so the
 * accountant's spreadsheet adds them up again.
 */
public final class RoyaltySheetWorkbook {

    /** Column of the first kind of work; the columns before it are STT, name, items. */
    public static final int FIRST_KIND_COLUMN = 3;
    /** Row index (0-based) of the header row; people start on the next row. */
    public static final int HEADER_ROW = 3;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(Vietnam.ZONE);

    private RoyaltySheetWorkbook() {
    }

    public static byte[] write(RoyaltySheetView view) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new Writer(workbook, view).write();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Tháng 11 năm 2026". */
    public static String monthTitle(String month) {
        YearMonth period = YearMonth.parse(month);
        return "Tháng " + period.getMonthValue() + " năm " + period.getYear();
    }

    private static final class Writer {
        private final XSSFWorkbook workbook;
        private final RoyaltySheetView view;
        private final Sheet sheet;
        private final CellStyle title;
        private final CellStyle header;
        private final CellStyle text;
        private final CellStyle money;
        private final CellStyle totalText;
        private final CellStyle totalMoney;
        private final int lastColumn = FIRST_KIND_COLUMN + ContributionKind.values().length + 1;

        Writer(XSSFWorkbook workbook, RoyaltySheetView view) {
            this.workbook = workbook;
            this.view = view;
            this.sheet = workbook.createSheet("Nhuận bút " + view.month());
            this.title = style(true, (short) 14, null, false);
            this.header = style(true, (short) 11, null, true);
            this.text = style(false, (short) 11, null, true);
            this.money = style(false, (short) 11, "#,##0", true);
            this.totalText = style(true, (short) 11, null, true);
            this.totalMoney = style(true, (short) 11, "#,##0", true);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setWrapText(true);
            title.setAlignment(HorizontalAlignment.CENTER);
        }

        void write() {
            merged(0, "BẢNG TỔNG HỢP NHUẬN BÚT, THÙ LAO", title);
            merged(1, monthTitle(view.month()) + " — " + view.unitName(), title);
            merged(2, "Đơn vị tính: đồng", null);
            headerRow();
            int rowIndex = HEADER_ROW + 1;
            int number = 1;
            for (PersonTotal person : view.people()) {
                Row row = sheet.createRow(rowIndex++);
                number(row, 0, BigDecimal.valueOf(number++), text);
                text(row, 1, person.name(), text);
                number(row, 2, BigDecimal.valueOf(person.items()), text);
                int column = FIRST_KIND_COLUMN;
                for (ContributionKind kind : ContributionKind.values()) {
                    number(row, column++, person.amount(kind), money);
                }
                number(row, column++, person.adjustments(), money);
                number(row, column, person.total(), money);
            }
            Row totals = sheet.createRow(rowIndex++);
            text(totals, 0, "", totalText);
            text(totals, 1, "Tổng cộng", totalText);
            number(totals, 2, BigDecimal.valueOf(view.items()), totalText);
            int column = FIRST_KIND_COLUMN;
            for (ContributionKind kind : ContributionKind.values()) {
                number(totals, column++, view.totalsByKind().getOrDefault(kind.name(), BigDecimal.ZERO), totalMoney);
            }
            number(totals, column++, view.adjustments(), totalMoney);
            number(totals, column, view.total(), totalMoney);
            rowIndex++;
            merged(rowIndex++, "Trạng thái: " + view.state().displayName("vi"), null);
            merged(rowIndex++, "Người lập (Bộ phận thường trực): " + who(view.submittedBy(), view.submittedAt()), null);
            merged(rowIndex, "Người duyệt (Trưởng Ban Biên tập): " + who(view.approvedBy(), view.approvedAt()), null);
            sheet.setColumnWidth(0, 6 * 256);
            sheet.setColumnWidth(1, 32 * 256);
            sheet.setColumnWidth(2, 10 * 256);
            for (int c = FIRST_KIND_COLUMN; c <= lastColumn; c++) {
                sheet.setColumnWidth(c, 15 * 256);
            }
        }

        private void headerRow() {
            Row row = sheet.createRow(HEADER_ROW);
            text(row, 0, "STT", header);
            text(row, 1, "Họ và tên", header);
            text(row, 2, "Số tin, bài", header);
            int column = FIRST_KIND_COLUMN;
            for (ContributionKind kind : ContributionKind.values()) {
                text(row, column++, kind.displayName("vi"), header);
            }
            text(row, column++, "Điều chỉnh", header);
            text(row, column, "Tổng cộng", header);
        }

        private static String who(String name, Instant when) {
            return name == null ? "—" : name + (when == null ? "" : ", " + WHEN.format(when));
        }

        private void merged(int rowIndex, String value, CellStyle style) {
            Row row = sheet.createRow(rowIndex);
            Cell cell = row.createCell(0);
            cell.setCellValue(value);
            if (style != null) {
                cell.setCellStyle(style);
            }
            sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, lastColumn));
        }

        private static void text(Row row, int column, String value, CellStyle style) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value == null ? "" : value);
            cell.setCellStyle(style);
        }

        private static void number(Row row, int column, BigDecimal value, CellStyle style) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(style);
        }

        private CellStyle style(boolean bold, short size, String format, boolean bordered) {
            CellStyle style = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(bold);
            font.setFontHeightInPoints(size);
            font.setFontName("Times New Roman");
            style.setFont(font);
            if (format != null) {
                style.setDataFormat(workbook.createDataFormat().getFormat(format));
            }
            if (bordered) {
                style.setBorderTop(BorderStyle.THIN);
                style.setBorderBottom(BorderStyle.THIN);
                style.setBorderLeft(BorderStyle.THIN);
                style.setBorderRight(BorderStyle.THIN);
            }
            return style;
        }
    }
}
