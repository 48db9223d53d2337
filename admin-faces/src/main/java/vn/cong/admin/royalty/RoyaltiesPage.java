package vn.cong.admin.royalty;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.cong.admin.shell.BackOffice;
import vn.cong.board.BoardDirectory;
import vn.cong.board.BoardSeat;
import vn.cong.platform.DomainException;
import vn.cong.royalty.ContributionKind;
import vn.cong.royalty.Contributor;
import vn.cong.royalty.PersonTotal;
import vn.cong.royalty.RoyaltyInput;
import vn.cong.royalty.RoyaltyLedger;
import vn.cong.royalty.RoyaltyPolicy;
import vn.cong.royalty.RoyaltySheetView;
import vn.cong.royalty.RoyaltySheets;
import vn.cong.royalty.SheetAction;
import vn.cong.royalty.SheetState;

/**
 * Bảng nhuận bút tháng ({@code ?month=YYYY-MM}, this month by default): totals per person with a bar chart, the
 * lines, the sheet's state, and the moves this person may make — the secretariat submits and writes adjustments,
 * the head approves (which locks the month) or sends it back; everyone who reads it downloads the XLSX.
 */
@Named
@ViewScoped
public class RoyaltiesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    transient BackOffice backOffice;

    @Inject
    transient RoyaltySheets sheets;

    @Inject
    transient RoyaltyLedger ledger;

    @Inject
    transient BoardDirectory board;

    private String month;
    private String note;
    private String adjustPerson = "N";
    private String adjustName;
    private ContributionKind adjustKind;
    private String adjustAmount;
    private String adjustNote;
    private transient RoyaltySheetView sheet;

    public void load() {
        if (!RoyaltyPolicy.canRead(backOffice.actor())) {
            BackOffice.fail(403);
            return;
        }
        try {
            month = month == null || month.isBlank() ? sheets.currentMonth().toString() : YearMonth.parse(month).toString();
        } catch (DateTimeParseException e) {
            backOffice.show(new DomainException(422, "royalty.month.invalid", month));
            month = sheets.currentMonth().toString();
        }
    }

    private YearMonth period() {
        return YearMonth.parse(month);
    }

    public RoyaltySheetView getSheet() {
        if (sheet == null) {
            sheet = sheets.view(backOffice.actor(), backOffice.getUnit(), period());
        }
        return sheet;
    }

    public boolean offers(String action) {
        return getSheet().offers(SheetAction.valueOf(action));
    }

    public boolean isLocked() {
        return getSheet().state() == SheetState.LOCKED;
    }

    public boolean isMayAdjust() {
        return RoyaltyPolicy.canAdjust(backOffice.actor()) && getSheet().state().isOpen();
    }

    public String getPrevious() {
        return period().minusMonths(1).toString();
    }

    public String getNext() {
        return period().plusMonths(1).toString();
    }

    /** "11/2026". */
    public String getMonthLabel() {
        YearMonth period = period();
        return String.format("%02d/%d", period.getMonthValue(), period.getYear());
    }

    public ContributionKind[] getKinds() {
        return ContributionKind.values();
    }

    public List<BoardSeat> getAccounts() {
        return board.seats(backOffice.getUnit().getId());
    }

    /** The bar chart of totals per person, as the Chart.js configuration {@code p:chart} takes (PrimeFaces 15). */
    public String getChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder totals = Json.createArrayBuilder();
        for (PersonTotal person : getSheet().people()) {
            labels.add(person.name());
            totals.add(person.total());
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", backOffice.getLanguage().equals("en") ? "Total (đồng)" : "Tổng cộng (đồng)")
                                .add("data", totals).add("backgroundColor", "#0b5394"))))
                .add("options", Json.createObjectBuilder()
                        .add("indexAxis", "y")
                        .add("plugins", Json.createObjectBuilder().add("legend",
                                Json.createObjectBuilder().add("display", false)))
                        .add("scales", Json.createObjectBuilder().add("x",
                                Json.createObjectBuilder().add("beginAtZero", true))))
                .build().toString();
    }

    public String fire(String action) {
        try {
            sheets.transition(backOffice.actor(), backOffice.getUnit(), period(), SheetAction.valueOf(action), note,
                    backOffice.address());
            return "/admin/royalties.xhtml?faces-redirect=true&month=" + month;
        } catch (DomainException e) {
            return backOffice.show(e);
        }
    }

    public String adjust() {
        try {
            Contributor person = "N".equals(adjustPerson) ? Contributor.outside(adjustName)
                    : ItemContributorsPage.account(adjustPerson);
            ledger.adjust(backOffice.actor(), period(), person, adjustKind, RoyaltyInput.amount(adjustAmount),
                    adjustNote, backOffice.address());
            return "/admin/royalties.xhtml?faces-redirect=true&month=" + month;
        } catch (DomainException e) {
            return backOffice.show(e);
        }
    }

    /** The XLSX of this month's sheet (p:fileDownload). */
    public StreamedContent getWorkbook() {
        byte[] bytes = sheets.workbook(backOffice.actor(), backOffice.getUnit(), period());
        return DefaultStreamedContent.builder().name("nhuan-but-" + month + ".xlsx").contentType(XLSX)
                .contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getAdjustPerson() {
        return adjustPerson;
    }

    public void setAdjustPerson(String adjustPerson) {
        this.adjustPerson = adjustPerson;
    }

    public String getAdjustName() {
        return adjustName;
    }

    public void setAdjustName(String adjustName) {
        this.adjustName = adjustName;
    }

    public ContributionKind getAdjustKind() {
        return adjustKind;
    }

    public void setAdjustKind(ContributionKind adjustKind) {
        this.adjustKind = adjustKind;
    }

    public String getAdjustAmount() {
        return adjustAmount;
    }

    public void setAdjustAmount(String adjustAmount) {
        this.adjustAmount = adjustAmount;
    }

    public String getAdjustNote() {
        return adjustNote;
    }

    public void setAdjustNote(String adjustNote) {
        this.adjustNote = adjustNote;
    }
}
