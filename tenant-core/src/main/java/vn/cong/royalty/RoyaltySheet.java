package vn.cong.royalty;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import vn.cong.platform.DomainException;
import vn.cong.platform.TenantOwned;
import vn.cong.platform.VietnameseText;

/**
 * Bảng tổng hợp nhuận bút tháng: a unit's royalty sheet for one Vietnamese calendar month, and its state machine.
 * <pre>
 *  DRAFT ─submit (secretariat)─▶ SUBMITTED ─approve (head, not the submitter)─▶ APPROVED ─(at once)─▶ LOCKED
 *    ▲                              │
 *    └──────return (head, note)─────┘
 * </pre>
 * Submitting records the totals; approval checks the month still adds up to them (a line that slipped in between
 * would otherwise be approved unseen). A row exists from the first move; before that the month is a draft.
 * Who may fire a move is {@link RoyaltyPolicy}'s business; this class checks that the move is legal (409) and that
 * the request is complete (422).
 */
@Entity
@Table(name = "royalty_sheet")
public class RoyaltySheet extends TenantOwned {

    /** Subject type of a sheet's audit lines. */
    public static final String AUDIT_SUBJECT = "ROYALTY_SHEET";

    private static final Map<SheetState, Map<SheetAction, SheetState>> MOVES = new EnumMap<>(SheetState.class);

    static {
        MOVES.put(SheetState.DRAFT, Map.of(SheetAction.SUBMIT, SheetState.SUBMITTED));
        MOVES.put(SheetState.SUBMITTED, Map.of(SheetAction.APPROVE, SheetState.APPROVED,
                SheetAction.RETURN, SheetState.DRAFT));
    }

    @Column(name = "period_month", nullable = false)
    private String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SheetState state;

    @Column(name = "submitted_by")
    private Long submittedBy;

    @Column(name = "submitted_by_name")
    private String submittedByName;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_total", precision = 15, scale = 0)
    private BigDecimal submittedTotal;

    @Column(name = "submitted_lines")
    private Integer submittedLines;

    @Column(name = "approved_by")
    private Long approvedBy;

    @Column(name = "approved_by_name")
    private String approvedByName;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "locked_at")
    private Instant lockedAt;

    @Column(name = "returned_by")
    private Long returnedBy;

    @Column(name = "returned_at")
    private Instant returnedAt;

    @Column(name = "return_note")
    private String returnNote;

    protected RoyaltySheet() {
    }

    public RoyaltySheet(YearMonth period) {
        this.period = period.toString();
        this.state = SheetState.DRAFT;
    }

    /** Where {@code action} takes a sheet in {@code from}, if the move exists. */
    public static Optional<SheetState> next(SheetState from, SheetAction action) {
        return Optional.ofNullable(MOVES.getOrDefault(from, Map.of()).get(action));
    }

    /** 409 unless the move is legal from the current state. */
    public SheetState requireMove(SheetAction action) {
        return next(state, action).orElseThrow(() -> new DomainException(409, "royalty.sheet.illegal",
                action.name(), state.name()));
    }

    /** The secretariat sends the month as it stands now; an empty month has nothing to approve (422). */
    public void submit(long actorId, String actorName, SheetTotals totals, Instant now) {
        requireMove(SheetAction.SUBMIT);
        if (totals.lines() == 0) {
            throw new DomainException(422, "royalty.sheet.empty", period);
        }
        state = SheetState.SUBMITTED;
        submittedBy = actorId;
        submittedByName = actorName;
        submittedAt = now;
        submittedTotal = totals.total();
        submittedLines = totals.lines();
        returnNote = null;
        returnedBy = null;
        returnedAt = null;
    }

    /**
     * The head approves what was submitted and the sheet is locked in the same step (approved sheets are locked):
     * 409 when the month no longer adds up to the submitted totals.
     */
    public void approve(long actorId, String actorName, SheetTotals current, Instant now) {
        requireMove(SheetAction.APPROVE);
        if (!current.matches(new SheetTotals(submittedTotal, submittedLines))) {
            throw new DomainException(409, "royalty.sheet.changed", period);
        }
        state = SheetState.APPROVED;
        approvedBy = actorId;
        approvedByName = actorName;
        approvedAt = now;
    }

    /** The lock that follows approval: from here on nothing of the month changes. */
    public void lock(Instant now) {
        if (state != SheetState.APPROVED) {
            throw new DomainException(409, "royalty.sheet.illegal", "LOCK", state.name());
        }
        state = SheetState.LOCKED;
        lockedAt = now;
    }

    /** The head sends the sheet back with what to fix (422 without a note). */
    public void sendBack(long actorId, String note, Instant now) {
        requireMove(SheetAction.RETURN);
        if (note == null || note.isBlank()) {
            throw new DomainException(422, "royalty.sheet.note-required");
        }
        state = SheetState.DRAFT;
        returnedBy = actorId;
        returnedAt = now;
        returnNote = VietnameseText.nfc(note.strip());
        submittedBy = null;
        submittedByName = null;
        submittedAt = null;
        submittedTotal = null;
        submittedLines = null;
    }

    public boolean isSubmittedBy(long accountId) {
        return submittedBy != null && submittedBy == accountId;
    }

    public YearMonth period() {
        return YearMonth.parse(period);
    }

    public SheetState getState() {
        return state;
    }

    public Long getSubmittedBy() {
        return submittedBy;
    }

    public String getSubmittedByName() {
        return submittedByName;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public BigDecimal getSubmittedTotal() {
        return submittedTotal;
    }

    public Long getApprovedBy() {
        return approvedBy;
    }

    public String getApprovedByName() {
        return approvedByName;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public Instant getLockedAt() {
        return lockedAt;
    }

    public Long getReturnedBy() {
        return returnedBy;
    }

    public Instant getReturnedAt() {
        return returnedAt;
    }

    public String getReturnNote() {
        return returnNote;
    }
}
