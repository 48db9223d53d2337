package vn.cong.royalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cong.identity.Actor;
import vn.cong.identity.Role;
import vn.cong.platform.DomainException;

/** The monthly sheet's state machine and who may move it: the secretariat submits, the head approves — never the submitter. */
class RoyaltySheetTest {

    static final long UNIT = 10;
    static final Instant NOW = Instant.parse("2026-11-28T03:00:00Z");
    static final SheetTotals TWO_LINES = new SheetTotals(BigDecimal.valueOf(421_200), 2);

    static final Actor SECRETARY = actor(40, Role.SECRETARIAT);
    static final Actor HEAD = actor(50, Role.HEAD);
    static final Actor DEPUTY = actor(51, Role.DEPUTY_HEAD);
    static final Actor HEAD_AND_SECRETARY = actor(52, Role.HEAD, Role.SECRETARIAT);
    static final Actor EDITOR = actor(1, Role.EDITOR);
    static final Actor DIC = actor(90, Role.DIC_ADMIN);

    static Actor actor(long id, Role... roles) {
        return new Actor(id, "u" + id, "Người " + id, UNIT, Set.of(roles));
    }

    private final RoyaltySheet sheet = new RoyaltySheet(YearMonth.of(2026, 11));

    @Test
    void theSecretariatSubmitsAndTheHeadApprovesWhichLocksTheMonth() {
        assertTrue(RoyaltyPolicy.can(SECRETARY, SheetAction.SUBMIT, sheet));
        sheet.submit(SECRETARY.accountId(), SECRETARY.fullName(), TWO_LINES, NOW);
        assertEquals(SheetState.SUBMITTED, sheet.getState());
        assertFalse(sheet.getState().isOpen(), "a submitted month takes no new lines");

        assertTrue(RoyaltyPolicy.can(HEAD, SheetAction.APPROVE, sheet));
        sheet.approve(HEAD.accountId(), HEAD.fullName(), TWO_LINES, NOW);
        assertEquals(SheetState.APPROVED, sheet.getState());
        sheet.lock(NOW);
        assertEquals(SheetState.LOCKED, sheet.getState());
        assertEquals("Người 50", sheet.getApprovedByName());
        assertEquals(Set.of(), RoyaltyPolicy.available(HEAD, sheet), "nothing moves a locked sheet");
    }

    @Test
    void whoeverSubmittedNeverApprovesEvenAsHead() {
        sheet.submit(HEAD_AND_SECRETARY.accountId(), "Thư ký kiêm Trưởng ban", TWO_LINES, NOW);
        assertFalse(RoyaltyPolicy.can(HEAD_AND_SECRETARY, SheetAction.APPROVE, sheet));
        assertEquals(EnumSet.of(SheetAction.RETURN), RoyaltyPolicy.available(HEAD_AND_SECRETARY, sheet));
        assertTrue(RoyaltyPolicy.can(HEAD, SheetAction.APPROVE, sheet), "another head may");
    }

    @Test
    void onlyTheSecretariatSubmitsAndOnlyTheHeadApproves() {
        assertFalse(RoyaltyPolicy.can(EDITOR, SheetAction.SUBMIT, sheet));
        assertFalse(RoyaltyPolicy.can(HEAD, SheetAction.SUBMIT, sheet));
        sheet.submit(SECRETARY.accountId(), SECRETARY.fullName(), TWO_LINES, NOW);
        assertFalse(RoyaltyPolicy.can(SECRETARY, SheetAction.APPROVE, sheet));
        assertFalse(RoyaltyPolicy.can(DEPUTY, SheetAction.APPROVE, sheet));
        assertFalse(RoyaltyPolicy.can(EDITOR, SheetAction.APPROVE, sheet));
    }

    @Test
    void theDicAdministratorReadsButMovesNothing() {
        assertTrue(RoyaltyPolicy.canRead(DIC));
        assertEquals(Set.of(), RoyaltyPolicy.available(DIC, sheet));
        sheet.submit(SECRETARY.accountId(), SECRETARY.fullName(), TWO_LINES, NOW);
        assertEquals(Set.of(), RoyaltyPolicy.available(DIC, sheet));
        assertFalse(RoyaltyPolicy.canRead(EDITOR), "an editor does not see the board's royalty sheet");
    }

    @Test
    void aSheetSentBackWithANoteIsADraftAgain() {
        sheet.submit(SECRETARY.accountId(), SECRETARY.fullName(), TWO_LINES, NOW);
        DomainException noNote = assertThrows(DomainException.class, () -> sheet.sendBack(HEAD.accountId(), " ", NOW));
        assertEquals(422, noNote.status());
        sheet.sendBack(HEAD.accountId(), "Thiếu ảnh của cộng tác viên", NOW);
        assertEquals(SheetState.DRAFT, sheet.getState());
        assertEquals("Thiếu ảnh của cộng tác viên", sheet.getReturnNote());
        assertNull(sheet.getSubmittedBy());
        assertEquals(EnumSet.of(SheetAction.SUBMIT), RoyaltyPolicy.available(SECRETARY, sheet));
    }

    @Test
    void movesOutOfOrderAreConflicts() {
        DomainException approveDraft = assertThrows(DomainException.class,
                () -> sheet.approve(HEAD.accountId(), HEAD.fullName(), TWO_LINES, NOW));
        assertEquals(409, approveDraft.status());
        sheet.submit(SECRETARY.accountId(), SECRETARY.fullName(), TWO_LINES, NOW);
        assertEquals(409, assertThrows(DomainException.class,
                () -> sheet.submit(SECRETARY.accountId(), SECRETARY.fullName(), TWO_LINES, NOW)).status());
        sheet.approve(HEAD.accountId(), HEAD.fullName(), TWO_LINES, NOW);
        sheet.lock(NOW);
        assertEquals(409, assertThrows(DomainException.class,
                () -> sheet.sendBack(HEAD.accountId(), "Sửa lại", NOW)).status(), "a locked month is never reopened");
    }

    @Test
    void anEmptyMonthHasNothingToSubmit() {
        DomainException empty = assertThrows(DomainException.class,
                () -> sheet.submit(SECRETARY.accountId(), SECRETARY.fullName(), new SheetTotals(BigDecimal.ZERO, 0), NOW));
        assertEquals(422, empty.status());
        assertEquals(SheetState.DRAFT, sheet.getState());
    }

    @Test
    void theHeadApprovesOnlyWhatWasSubmitted() {
        sheet.submit(SECRETARY.accountId(), SECRETARY.fullName(), TWO_LINES, NOW);
        SheetTotals grown = new SheetTotals(BigDecimal.valueOf(772_200), 3);
        DomainException changed = assertThrows(DomainException.class,
                () -> sheet.approve(HEAD.accountId(), HEAD.fullName(), grown, NOW));
        assertEquals(409, changed.status());
        assertEquals(SheetState.SUBMITTED, sheet.getState());
    }
}
