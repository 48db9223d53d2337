package vn.cong.provisioning.importing;

import jakarta.json.JsonException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cong.platform.DomainException;
import vn.cong.platform.VietnameseText;
import vn.cong.provisioning.register.OfficialRegister;
import vn.cong.provisioning.register.OfficialUnit;
import vn.cong.tenancy.UnitLevel;

/**
 * An uploaded list of administrative units, in any of the forms a DIC has: the official JSON (as published, in
 * {@code ../shared/data}), or a spreadsheet — CSV (UTF-8, comma or semicolon) or XLSX, first sheet — with a header
 * line naming the columns code, name, type and parent code, in Vietnamese or English ("Mã", "Tên", "Loại"/"Cấp",
 * "Mã cấp trên"). The type is the official word ("Xã", "Phường", "Huyện", "Tỉnh"…) or a level name; a code Excel
 * stripped of its leading zero ("8914") gets it back from the type. Whatever is wrong with the file as a whole is a
 * 422 naming the line; what is wrong with one unit is left to the dry run, row by row.
 */
public final class ListFiles {

    /** What was read: the units in order, and the number of the file's line that holds the first of them. */
    public record Uploaded(List<OfficialUnit> units, int firstRowNo) {
    }

    private static final List<String> CODE = List.of("code", "ma", "madonvi", "madvhc", "madonvihanhchinh", "id");
    private static final List<String> NAME = List.of("name", "ten", "tendonvi", "tendvhc");
    private static final List<String> TYPE = List.of("type", "loai", "cap", "level", "loaidonvi");
    private static final List<String> PARENT = List.of("parent", "parentcode", "macaptren", "madonvicaptren",
            "parentid", "matructhuoc");

    private ListFiles() {
    }

    public static Uploaded read(byte[] content) {
        if (content == null || content.length == 0) {
            throw new DomainException(422, "import.file.empty");
        }
        if (content.length > UnitImports.MAX_BYTES) {
            throw new DomainException(413, "request.too-large", UnitImports.MAX_BYTES / 1024);
        }
        if (content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            return tabular(xlsxLines(content));
        }
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        String text = new String(content, start, content.length - start, StandardCharsets.UTF_8);
        if (text.stripLeading().startsWith("{")) {
            try {
                return new Uploaded(OfficialRegister.rows(new ByteArrayInputStream(content)), 1);
            } catch (JsonException | ClassCastException | NullPointerException | IllegalStateException e) {
                throw new DomainException(422, "import.file.invalid");
            }
        }
        return tabular(csvLines(text));
    }

    private static List<List<String>> csvLines(String text) {
        String header = text.lines().findFirst().orElse("");
        char delimiter = header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        List<List<String>> lines = new ArrayList<>();
        try (Reader reader = new java.io.StringReader(text)) {
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                    .setTrim(true).get().parse(reader)) {
                lines.add(record.toList());
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new DomainException(422, "import.file.csv-invalid", e.getMessage() == null ? "" : e.getMessage());
        }
        return lines;
    }

    private static List<List<String>> xlsxLines(byte[] content) {
        List<List<String>> lines = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : cell.getCellType() == CellType.FORMULA ? ""
                                : formatter.formatCellValue(cell).strip());
                    }
                }
                lines.add(cells);
            }
        } catch (IOException | RuntimeException e) {
            throw new DomainException(422, "import.file.xlsx-invalid");
        }
        return lines;
    }

    /** A header line, then one unit per line; blank lines are passed over but still counted. */
    private static Uploaded tabular(List<List<String>> lines) {
        if (lines.isEmpty()) {
            throw new DomainException(422, "import.file.empty");
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = lines.get(0);
        for (int c = 0; c < header.size(); c++) {
            columns.putIfAbsent(VietnameseText.fold(VietnameseText.nfc(header.get(c))).replaceAll("[^a-z0-9]", ""), c);
        }
        int code = column(columns, CODE);
        int name = column(columns, NAME);
        int type = column(columns, TYPE);
        int parent = column(columns, PARENT);
        if (code < 0 || name < 0 || type < 0 || parent < 0) {
            throw new DomainException(422, "import.file.columns", String.join(", ", header));
        }
        List<OfficialUnit> units = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> line = lines.get(i);
            if (blank(line)) {
                if (lines.subList(i, lines.size()).stream().allMatch(ListFiles::blank)) {
                    break;
                }
                throw new DomainException(422, "import.file.blank-line", i + 1);
            }
            String typed = cell(line, type);
            UnitLevel level = level(typed, cell(line, code));
            String unitCode = padded(cell(line, code), level);
            String unitName = VietnameseText.nfc(cell(line, name)).replaceAll("\\s+", " ");
            if (unitCode.isEmpty() || unitName.isEmpty()) {
                throw new DomainException(422, "import.file.row-incomplete", i + 1);
            }
            String parentCode = cell(line, parent);
            units.add(new OfficialUnit(unitCode, withType(unitName, typed, level), level,
                    parentCode.isEmpty() ? null : padded(parentCode, parentLevel(level))));
        }
        if (units.isEmpty()) {
            throw new DomainException(422, "import.file.empty");
        }
        return new Uploaded(units, 2);
    }

    private static boolean blank(List<String> line) {
        return line.stream().allMatch(cell -> cell == null || cell.isBlank());
    }

    private static int column(Map<String, Integer> columns, List<String> names) {
        return names.stream().filter(columns::containsKey).map(columns::get).findFirst().orElse(-1);
    }

    private static String cell(List<String> line, int column) {
        return column < line.size() && line.get(column) != null ? line.get(column).strip() : "";
    }

    /** The official word of the type, or a level's name; else the length of a GSO code (2, 3, 5 digits). */
    static UnitLevel level(String type, String code) {
        String word = VietnameseText.fold(VietnameseText.nfc(type)).replaceAll("[^a-z ]", "").strip();
        switch (word) {
            case "tinh", "province", "thanh pho truc thuoc trung uong" -> {
                return UnitLevel.PROVINCE;
            }
            case "huyen", "quan", "thi xa", "district" -> {
                return UnitLevel.DISTRICT;
            }
            case "xa", "phuong", "thi tran", "dac khu", "commune" -> {
                return UnitLevel.COMMUNE;
            }
            default -> {
                // "Thành phố" is a province (Hà Nội) or a district-level city (Vĩnh Yên): the code tells
            }
        }
        if (code.matches("\\d{2}")) {
            return UnitLevel.PROVINCE;
        }
        if (code.matches("\\d{3}")) {
            return UnitLevel.DISTRICT;
        }
        if (code.matches("\\d{5}")) {
            return UnitLevel.COMMUNE;
        }
        try {
            return UnitLevel.valueOf(type.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static UnitLevel parentLevel(UnitLevel level) {
        return level == UnitLevel.DISTRICT ? UnitLevel.PROVINCE : null;
    }

    /** Excel reads "08914" as the number 8914: give a code of digits its level's length back. */
    static String padded(String code, UnitLevel level) {
        int length = level == UnitLevel.PROVINCE ? 2 : level == UnitLevel.DISTRICT ? 3 : level == UnitLevel.COMMUNE ? 5 : 0;
        if (length > 0 && code.matches("\\d+") && code.length() < length) {
            return "0".repeat(length - code.length()) + code;
        }
        return code;
    }

    /** A spreadsheet may give "Đạo Trù" with the type "Xã" apart: the unit's name is "Xã Đạo Trù", as published. */
    private static String withType(String name, String type, UnitLevel level) {
        String word = VietnameseText.nfc(type);
        if (word.isEmpty() || level == null || word.equalsIgnoreCase(level.name())
                || VietnameseText.fold(name).startsWith(VietnameseText.fold(word) + " ")) {
            return name;
        }
        return word.substring(0, 1).toUpperCase(new Locale("vi")) + word.substring(1) + " " + name;
    }
}
