package vn.cong.portal.abuse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.altcha.altcha.Altcha;
import org.junit.jupiter.api.Test;

class ChallengesTest {

    private static Challenges challenges(FormKeys keys) {
        Challenges challenges = new Challenges();
        challenges.keys = keys;
        challenges.maxNumber = 5_000;
        return challenges;
    }

    private static String solve(String challengeJson, boolean right) throws Exception {
        JsonObject challenge = Json.createReader(new StringReader(challengeJson)).readObject();
        Altcha.Solution solution = Altcha.solveChallenge(challenge.getString("challenge"), challenge.getString("salt"),
                Altcha.Algorithm.SHA256, challenge.getJsonNumber("maxnumber").longValue(), 0);
        assertNotNull(solution);
        String json = "{\"algorithm\":\"" + challenge.getString("algorithm") + "\",\"challenge\":\""
                + challenge.getString("challenge") + "\",\"number\":" + (right ? solution.number : solution.number + 1)
                + ",\"salt\":\"" + challenge.getString("salt") + "\",\"signature\":\""
                + challenge.getString("signature") + "\"}";
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSolvedChallengeIsTakenOnceAndAWrongNumberNever() throws Exception {
        Challenges challenges = challenges(AbuseTestKit.keys(null));
        String solution = solve(challenges.create(), true);
        assertTrue(challenges.solved(solution));
        assertFalse(challenges.solved(solution), "a solution is used once");
        assertFalse(challenges.solved(solve(challenges.create(), false)));
    }

    @Test
    void aChallengeOfAnotherKeyOrGarbageIsRefused() throws Exception {
        String foreign = solve(challenges(AbuseTestKit.keys(null)).create(), true);
        Challenges challenges = challenges(AbuseTestKit.keys(null));
        assertFalse(challenges.solved(foreign));
        assertFalse(challenges.solved("not base64 at all"));
        assertFalse(challenges.solved(""));
        assertFalse(challenges.solved(null));
        assertFalse(challenges.solved("A".repeat(3000)));
    }
}
