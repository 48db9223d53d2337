package vn.cong.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cong.portal.it.PlatformIT.DAOTRU;
import static vn.cong.portal.it.PlatformIT.VINHPHUC;
import static vn.cong.portal.it.PlatformIT.VINHTUONG;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cong.royalty.ContributionKind;
import vn.cong.royalty.RoyaltySheetWorkbook;

/**
 * Royalties: lines on publication, the month submitted, approved and locked, its XLSX, who may read and move a
 * sheet. Run from {@link PlatformIT}: one deployment for all.
 */
final class RoyaltyChecks {

    private final PortalClient client;
    private final ItemsApi items;

    RoyaltyChecks(PortalClient client) {
        this.client = client;
        this.items = new ItemsApi(client);
    }

    void publishingRecordsRoyaltyLinesForTheAuthorAndTheSecretaryWhoEditedIt() {
        String editor = client.token(DAOTRU, "bientap.daotru");
        String secretary = client.token(DAOTRU, "thuky.daotru");
        long id = items.createItem(editor, "Tin nhuận bút " + System.nanoTime());
        items.publish(DAOTRU, editor, secretary, id);

        String query = "/api/v1/royalties/sheets?unit=" + items.unitIdOf(DAOTRU, "admin.daotru.tamdao.vinhphuc")
                + "&month=" + ItemsApi.thisMonth();
        PortalClient.Reply sheet = client.get(DAOTRU, query, secretary);
        assertEquals(200, sheet.status(), sheet.body());
        List<JsonObject> lines = sheet.json().getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.containsKey("itemId") && !l.isNull("itemId")
                        && l.getJsonNumber("itemId").longValue() == id).toList();
        assertEquals(List.of("EDITING:Trần Minh Đức", "WRITING:Nguyễn Thu Hà"),
                lines.stream().map(l -> l.getString("kind") + ":" + l.getString("personName")).sorted().toList());
        for (JsonObject line : lines) {
            BigDecimal expected = line.getJsonNumber("coefficient").bigDecimalValue()
                    .multiply(line.getJsonNumber("baseValue").bigDecimalValue()).setScale(0, RoundingMode.HALF_UP);
            assertEquals(0, expected.compareTo(line.getJsonNumber("amount").bigDecimalValue()), line.toString());
            assertTrue(expected.signum() > 0, "the demo board's coefficients pay for it: " + line);
        }
    }

    void theSecretariatSubmitsTheMonthTheHeadApprovesItAndTheXlsxHoldsItsTotals() throws Exception {
        String editor = client.token(VINHTUONG, "bientap.vinhtuong");
        String secretary = client.token(VINHTUONG, "thuky.vinhtuong");
        String head = client.token(VINHTUONG, "truongban.vinhtuong");
        items.publish(VINHTUONG, editor, secretary, items.createItemIn(VINHTUONG, editor, "Vĩnh Tường sơ kết vụ mùa " + System.nanoTime()));
        String sheetPath = "/api/v1/royalties/sheets?unit=" + items.unitIdOf(VINHTUONG, "admin.vinhtuong.vinhphuc")
                + "&month=" + ItemsApi.thisMonth();
        String moves = sheetPath.replace("/sheets?", "/sheets/transitions?");

        PortalClient.Reply submitted = client.post(VINHTUONG, moves, secretary, "{\"action\":\"SUBMIT\"}");
        assertEquals(200, submitted.status(), submitted.body());
        assertEquals("SUBMITTED", submitted.json().getString("state"));
        PortalClient.Reply ownApproval = client.post(VINHTUONG, moves, secretary, "{\"action\":\"APPROVE\"}");
        assertEquals(403, ownApproval.status(), ownApproval.body());
        PortalClient.Reply approved = client.post(VINHTUONG, moves, head, "{\"action\":\"APPROVE\"}");
        assertEquals(200, approved.status(), approved.body());
        JsonObject sheet = approved.json();
        assertEquals("LOCKED", sheet.getString("state"));
        assertEquals("Phạm Văn Hùng", sheet.getString("approvedBy"));
        assertEquals(409, client.post(VINHTUONG, moves, head, "{\"action\":\"RETURN\",\"note\":\"Sửa\"}").status());

        PortalClient.Download xlsx = client.download(VINHTUONG, sheetPath.replace("/sheets?", "/sheets/sheet.xlsx?"), head);
        assertEquals(200, xlsx.status());
        assertTrue(xlsx.contentType().startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet rows = workbook.getSheetAt(0);
            assertTrue(rows.getRow(1).getCell(0).getStringCellValue().endsWith("— Huyện Vĩnh Tường"));
            int totalColumn = RoyaltySheetWorkbook.FIRST_KIND_COLUMN + ContributionKind.values().length + 1;
            double people = 0;
            Row totals = null;
            for (int r = RoyaltySheetWorkbook.HEADER_ROW + 1; r <= rows.getLastRowNum(); r++) {
                Row row = rows.getRow(r);
                if (row != null && "Tổng cộng".equals(row.getCell(1).getStringCellValue())) {
                    totals = row;
                    break;
                }
                people += row.getCell(totalColumn).getNumericCellValue();
            }
            assertTrue(totals != null, "a totals row");
            assertEquals(sheet.getJsonNumber("total").doubleValue(), totals.getCell(totalColumn).getNumericCellValue());
            assertEquals(people, totals.getCell(totalColumn).getNumericCellValue());
            assertEquals(sheet.getJsonArray("people").size(),
                    totals.getRowNum() - RoyaltySheetWorkbook.HEADER_ROW - 1);
        }

        long late = items.createItemIn(VINHTUONG, editor, "Tin đăng sau khi khóa sổ " + System.nanoTime());
        items.publish(VINHTUONG, editor, secretary, late);
        JsonObject locked = client.get(VINHTUONG, sheetPath, head).json();
        assertEquals(sheet.getJsonNumber("total").longValue(), locked.getJsonNumber("total").longValue(),
                "a locked month never changes");
        String nextMonth = java.time.YearMonth.parse(ItemsApi.thisMonth()).plusMonths(1).toString();
        JsonObject next = client.get(VINHTUONG, sheetPath.replace(ItemsApi.thisMonth(), nextMonth), head).json();
        assertTrue(next.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .anyMatch(l -> !l.isNull("itemId") && l.getJsonNumber("itemId").longValue() == late),
                "an item published after the lock counts in the next month");
    }

    void royaltySheetsAreTheBoardsAndTheDicAdministratorOnlyReadsThem() {
        String query = "/api/v1/royalties/sheets?unit=" + items.unitIdOf(DAOTRU, "admin.daotru.tamdao.vinhphuc")
                + "&month=" + ItemsApi.thisMonth();
        String moves = query.replace("/sheets?", "/sheets/transitions?");
        assertEquals(403, client.get(DAOTRU, query, client.token(VINHTUONG, "bientap.vinhtuong")).status(),
                "an editor of another unit");
        assertEquals(403, client.get(DAOTRU, query, client.token(DAOTRU, "bientap.daotru")).status(),
                "an editor of the unit itself");
        assertEquals(401, client.get(DAOTRU, query, null).status());

        String dic = client.token(VINHPHUC, "qtri.sotttt");
        assertEquals(200, client.get(VINHPHUC, query, dic).status());
        assertEquals(200, client.download(VINHPHUC, query.replace("/sheets?", "/sheets/sheet.xlsx?"), dic).status());
        PortalClient.Reply dicSubmit = client.post(VINHPHUC, moves, dic, "{\"action\":\"SUBMIT\"}");
        assertEquals(403, dicSubmit.status(), dicSubmit.body());

        String secretary = client.token(DAOTRU, "thuky.daotru");
        PortalClient.Reply unknown = client.post(DAOTRU, moves, secretary, "{\"action\":\"PAY\"}");
        assertEquals(422, unknown.status());
        assertTrue(unknown.json().getString("message").contains("SUBMIT, APPROVE, RETURN"), unknown.body());
        assertEquals(422, client.get(DAOTRU, query.replace(ItemsApi.thisMonth(), "2026-13"), secretary).status());
    }
}
