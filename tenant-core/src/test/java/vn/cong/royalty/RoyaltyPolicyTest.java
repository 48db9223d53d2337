package vn.cong.royalty;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.cong.identity.PermissionMatrix.OWN;
import static vn.cong.identity.PermissionMatrix.SUBTREE;
import static vn.cong.identity.PermissionMatrix.assertMatrix;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cong.identity.Actor;
import vn.cong.identity.ActorsByRelation;
import vn.cong.identity.ActorsByRelation.Relation;
import vn.cong.identity.Role;
import vn.cong.platform.TenantOwned;
import vn.cong.tenancy.UnitLevel;

/**
 * Role × unit relation × every royalty action, written out independently of {@link RoyaltyPolicy}; the sheet is the
 * month of the unit the actor acts in, unless a test says otherwise.
 */
class RoyaltyPolicyTest {

    private static final long SUBMITTER = 55;

    @Test
    void theBoardReadsTheSheetsAndTheDicAdministratorOfTheSubtreeReadsThemToo() {
        assertMatrix("read", Map.of(Role.SECRETARIAT, OWN, Role.HEAD, OWN, Role.DEPUTY_HEAD, OWN, Role.DIC_ADMIN, SUBTREE),
                UnitLevel.DISTRICT, RoyaltyPolicy::canRead);
    }

    @Test
    void theHeadsSetTheRatesAndTheSecretariatSettlesAndAdjusts() {
        assertMatrix("set rates", Map.of(Role.HEAD, OWN, Role.DEPUTY_HEAD, OWN), UnitLevel.DISTRICT,
                RoyaltyPolicy::canSetRates);
        assertMatrix("settle contributions", Map.of(Role.SECRETARIAT, OWN), UnitLevel.DISTRICT,
                RoyaltyPolicy::canSettleContributions);
        assertMatrix("adjust", Map.of(Role.SECRETARIAT, OWN), UnitLevel.DISTRICT, RoyaltyPolicy::canAdjust);
    }

    @Test
    void theSecretariatSubmitsAndTheHeadApprovesOrSendsBack() {
        assertMatrix("submit", Map.of(Role.SECRETARIAT, OWN), UnitLevel.DISTRICT,
                actor -> RoyaltyPolicy.can(actor, SheetAction.SUBMIT, sheetOf(actor, false)));
        assertMatrix("approve", Map.of(Role.HEAD, OWN), UnitLevel.DISTRICT,
                actor -> RoyaltyPolicy.can(actor, SheetAction.APPROVE, sheetOf(actor, false)));
        assertMatrix("send back", Map.of(Role.HEAD, OWN), UnitLevel.DISTRICT,
                actor -> RoyaltyPolicy.can(actor, SheetAction.RETURN, sheetOf(actor, false)));
    }

    @Test
    void nobodyApprovesWhatTheyThemselvesSubmitted() {
        assertMatrix("approve one's own submission", Map.of(), UnitLevel.DISTRICT,
                actor -> RoyaltyPolicy.can(actor, SheetAction.APPROVE, sheetOf(actor, true)));
    }

    @Test
    void anotherUnitsSheetIsOutOfReachWhateverTheRole() {
        for (Role role : Role.values()) {
            Actor actor = ActorsByRelation.actor(role, ActorsByRelation.unit(Relation.OWN_UNIT, UnitLevel.DISTRICT));
            RoyaltySheet foreign = sheetIn(ActorsByRelation.unit(Relation.FOREIGN_UNIT, UnitLevel.DISTRICT).getId(),
                    SUBMITTER);
            for (SheetAction action : SheetAction.values()) {
                assertFalse(RoyaltyPolicy.can(actor, action, foreign), role + " " + action);
            }
        }
    }

    /** The submitted month of the actor's unit — submitted by the actor or by a colleague. */
    private static RoyaltySheet sheetOf(Actor actor, boolean submittedByActor) {
        return sheetIn(actor == null ? 1 : actor.unitId(),
                submittedByActor && actor != null ? actor.accountId() : SUBMITTER);
    }

    private static RoyaltySheet sheetIn(long unitId, long submitter) {
        RoyaltySheet sheet = new RoyaltySheet(YearMonth.of(2026, 11));
        sheet.submit(submitter, "Thư ký", new SheetTotals(new BigDecimal("1500000"), 3),
                Instant.parse("2026-12-01T02:00:00Z"));
        try {
            Field tenant = TenantOwned.class.getDeclaredField("tenantId");
            tenant.setAccessible(true);
            tenant.set(sheet, unitId);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return sheet;
    }
}
