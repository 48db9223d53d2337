package vn.cong.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionAndFactorRulesTest {

    private static final Instant T0 = Instant.parse("2026-11-20T02:00:00Z");

    @Test
    void aRevokedSessionIsNoLongerAliveAndKeepsItsFirstReason() {
        LoginSession session = new LoginSession(1L, 10L, "h", "Chromium", "127.0.0.1", T0);
        assertTrue(session.isAlive());
        assertTrue(session.end(T0.plusSeconds(5), LoginSession.EndReason.REVOKED));
        assertFalse(session.isAlive());
        assertFalse(session.end(T0.plusSeconds(9), LoginSession.EndReason.LOGOUT), "ending twice changes nothing");
        assertEquals("REVOKED", session.getEndReason());
        assertEquals(T0.plusSeconds(5), session.getEndedAt());
    }

    @Test
    void lastSeenIsWrittenAtMostOnceAMinute() {
        LoginSession session = new LoginSession(1L, 10L, "h", "x".repeat(900), "127.0.0.1", T0);
        assertEquals(500, session.getUserAgent().length());
        assertFalse(session.touch(T0.plusSeconds(30)));
        assertTrue(session.touch(T0.plusSeconds(61)));
        assertEquals(T0.plusSeconds(61), session.getLastSeenAt());
    }

    @Test
    void aRevokedOrExpiredTokenIsRefused() {
        ApiToken token = new ApiToken("h", 1L, T0, T0.plus(Duration.ofMinutes(30)), "127.0.0.1", null);
        assertTrue(token.isValidAt(T0.plusSeconds(1)));
        assertFalse(token.isValidAt(T0.plus(Duration.ofMinutes(30))));
        assertTrue(token.revoke(T0.plusSeconds(2)));
        assertFalse(token.isValidAt(T0.plusSeconds(3)));
        assertFalse(token.revoke(T0.plusSeconds(4)));
    }

    @Test
    void headsSecretariatDicAdministratorsAndOperatorsNeedASecondFactorOthersDoNot() {
        for (Role role : Role.values()) {
            boolean required = TwoFactor.requiredFor(List.of(new RoleGrant(1L, 10L, role)));
            assertEquals(role == Role.HEAD || role == Role.SECRETARIAT || role == Role.DIC_ADMIN
                    || role == Role.PLATFORM_OPERATOR, required, role.name());
        }
        assertTrue(TwoFactor.requiredFor(List.of(new RoleGrant(1L, 10L, Role.EDITOR),
                new RoleGrant(1L, 99L, Role.HEAD))), "a head anywhere needs it everywhere");
    }

    @Test
    void theSignInProofIsGoodForSecondsOnly() {
        VerifiedSignIn proof = new VerifiedSignIn("thuky.daotru", T0);
        assertTrue(proof.isFreshAt(T0.plusSeconds(10)));
        assertFalse(proof.isFreshAt(T0.plusSeconds(31)));
        assertFalse(proof.isFreshAt(T0.minusSeconds(1)));
    }

    @Test
    void recoveryCodesAreComparedWithoutDashesSpacesOrCase() {
        assertEquals("abcd1234efgh5678", RecoveryCode.normalise(" ABCD-1234 efgh-5678 "));
    }
}
