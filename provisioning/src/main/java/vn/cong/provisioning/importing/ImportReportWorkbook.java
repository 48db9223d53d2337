package vn.cong.provisioning.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cong.tenancy.UnitImport;
import vn.cong.tenancy.UnitImportRow;

/**
 * An import's final report as an XLSX workbook (Apache POI), in Vietnamese: the counts, then one line per row of the
 * list — its number, code, name, level, hostname, what happened and why — so the DIC can hand the refused rows on.
 */
public final class ImportReportWorkbook {

    /** Row index (0-based) of the header of the rows table. */
    public static final int HEADER_ROW = 3;

    private ImportReportWorkbook() {
    }

    /** {@code message}: a row's refusal or skip in Vietnamese. */
    public static byte[] write(UnitImport unitImport, List<UnitImportRow> rows, Function<UnitImportRow, String> message) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Kết quả nhập");
            Font bold = workbook.createFont();
            bold.setBold(true);
            var header = workbook.createCellStyle();
            header.setFont(bold);
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue("Nhập danh mục đơn vị hành chính — " + unitImport.getSourceName());
            title.getCell(0).setCellStyle(header);
            Row counts = sheet.createRow(1);
            counts.createCell(0).setCellValue("Tổng " + unitImport.getTotalRows() + " dòng: mở mới "
                    + unitImport.getCreatedRows() + ", bỏ qua " + unitImport.getSkippedRows() + ", từ chối "
                    + unitImport.getRefusedRows() + " (" + unitImport.getState().name() + ")");
            String[] columns = {"Dòng", "Mã", "Tên", "Cấp", "Mã cấp trên", "Tên miền", "Kết quả", "Lý do"};
            Row head = sheet.createRow(HEADER_ROW);
            for (int c = 0; c < columns.length; c++) {
                head.createCell(c).setCellValue(columns[c]);
                head.getCell(c).setCellStyle(header);
            }
            int r = HEADER_ROW + 1;
            for (UnitImportRow row : rows) {
                Row line = sheet.createRow(r++);
                line.createCell(0).setCellValue(row.getRowNo());
                line.createCell(1).setCellValue(row.getOfficialCode());
                line.createCell(2).setCellValue(row.getOfficialName());
                line.createCell(3).setCellValue(row.getLevel() == null ? "" : row.getLevel().nameVi());
                line.createCell(4).setCellValue(row.getParentCode() == null ? "" : row.getParentCode());
                line.createCell(5).setCellValue(row.getHostname() == null ? "" : row.getHostname());
                line.createCell(6).setCellValue(outcome(row.getOutcome()));
                line.createCell(7).setCellValue(row.getMessageKey() == null ? "" : message.apply(row));
            }
            for (int c = 0; c < columns.length; c++) {
                sheet.setColumnWidth(c, c == 2 || c == 7 ? 60 * 256 : 16 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String outcome(UnitImportRow.Outcome outcome) {
        return switch (outcome) {
            case PENDING -> "Đang chờ";
            case CREATED -> "Đã mở cổng";
            case SKIPPED -> "Bỏ qua";
            case REFUSED -> "Từ chối";
        };
    }
}
