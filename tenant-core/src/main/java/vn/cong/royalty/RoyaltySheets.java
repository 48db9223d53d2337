package vn.cong.royalty;

import vn.cong.platform.Vietnam;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.cong.audit.AuditEvent;
import vn.cong.audit.AuditLog;
import vn.cong.identity.Actor;
import vn.cong.platform.DomainException;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.tenancy.Unit;

/**
 * A unit's monthly royalty sheets, from the back office and the API alike (BNV Art. 4.6l: the secretariat totals, the
 * head approves). Each call works as the sheet's unit through {@link TenantBoundEntityManager#runAs}, so a DIC
 * administrator may read a unit of their subtree from the province's host; the caller's actor is built for that unit
 * by the boundary. Checks come in the workflow's order: the move (409) → the actor ({@link RoyaltyPolicy}, 403) → the
 * request (422). Every move is an audit line of the unit.
 */
@ApplicationScoped
@Transactional
public class RoyaltySheets {

    @Inject
    RoyaltyRepository royalties;

    @Inject
    AuditLog audit;

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    Clock clock;

    /** The Vietnamese calendar month of now. */
    public YearMonth currentMonth() {
        return YearMonth.now(clock.withZone(Vietnam.ZONE));
    }

    public RoyaltySheetView view(Actor actor, Unit unit, YearMonth month) {
        requireRead(actor, unit);
        return entityManagers.runAs(unit, () -> build(actor, unit, month));
    }

    /** The sheet as an XLSX workbook (Vietnamese), for the same readers as {@link #view}. */
    public byte[] workbook(Actor actor, Unit unit, YearMonth month) {
        return RoyaltySheetWorkbook.write(view(actor, unit, month));
    }

    public RoyaltySheetView transition(Actor actor, Unit unit, YearMonth month, SheetAction action, String note,
                                       String address) {
        requireRead(actor, unit);
        return entityManagers.runAs(unit, () -> {
            RoyaltySheet sheet = royalties.sheetForMove(month);
            SheetState from = sheet.getState();
            SheetState to = sheet.requireMove(action);
            if (!RoyaltyPolicy.can(actor, action, sheet)) {
                throw new DomainException(403, action == SheetAction.APPROVE && sheet.isSubmittedBy(actor.accountId())
                        ? "royalty.sheet.own-submission" : "royalty.sheet.forbidden", action.name());
            }
            Instant now = clock.instant();
            SheetTotals totals = SheetTotals.of(royalties.linesIn(month));
            switch (action) {
                case SUBMIT -> sheet.submit(actor.accountId(), actor.fullName(), totals, now);
                case APPROVE -> sheet.approve(actor.accountId(), actor.fullName(), totals, now);
                case RETURN -> sheet.sendBack(actor.accountId(), note, now);
            }
            audit.record(new AuditEvent(actor.accountId(), actor.username(), address, "ROYALTY_" + action.name(),
                    RoyaltySheet.AUDIT_SUBJECT, sheet.getId(), from.name(), to.name(), detail(month, action, totals, note)));
            if (sheet.getState() == SheetState.APPROVED) {
                sheet.lock(now);
                audit.record(new AuditEvent(null, RoyaltyLedger.SYSTEM, null, "ROYALTY_LOCK", RoyaltySheet.AUDIT_SUBJECT,
                        sheet.getId(), SheetState.APPROVED.name(), SheetState.LOCKED.name(),
                        "Bảng nhuận bút tháng " + month + " đã duyệt: khóa, không thay đổi được nữa."));
            }
            return build(actor, unit, month);
        });
    }

    private static void requireRead(Actor actor, Unit unit) {
        if (!RoyaltyPolicy.canRead(actor) || actor.unitId() != unit.getId()) {
            throw new DomainException(403, "royalty.forbidden");
        }
    }

    private static String detail(YearMonth month, SheetAction action, SheetTotals totals, String note) {
        String line = "Tháng " + month + ": " + totals.lines() + " dòng, " + totals.total().toPlainString() + " đồng";
        return action == SheetAction.RETURN ? line + " — " + note : line;
    }

    private RoyaltySheetView build(Actor actor, Unit unit, YearMonth month) {
        List<RoyaltyLine> lines = royalties.linesIn(month);
        RoyaltySheet sheet = royalties.sheet(month).orElseGet(() -> new RoyaltySheet(month));
        List<PersonTotal> people = SheetSummary.people(lines);
        BigDecimal adjustments = people.stream().map(PersonTotal::adjustments).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal total = people.stream().map(PersonTotal::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        Set<Long> items = new HashSet<>();
        lines.stream().filter(l -> !l.isAdjustment()).forEach(l -> items.add(l.getItemId()));
        return new RoyaltySheetView(unit.getId(), unit.getOfficialName(), month.toString(), sheet.getState(),
                sheet.getSubmittedByName(), sheet.getSubmittedAt(), sheet.getApprovedByName(), sheet.getApprovedAt(),
                sheet.getLockedAt(), sheet.getReturnNote(), people, SheetSummary.byKind(people), adjustments, total,
                items.size(), lines.stream().map(LineView::of).toList(),
                new ArrayList<>(RoyaltyPolicy.available(actor, sheet)));
    }
}
