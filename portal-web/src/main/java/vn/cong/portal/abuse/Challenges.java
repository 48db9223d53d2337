package vn.cong.portal.abuse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.altcha.altcha.Altcha;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The self-hosted proof-of-work challenge of citizens' forms (ALTCHA): the browser's widget fetches a challenge
 * signed here, finds the number that solves it (a fraction of a second), and the form carries the solution. No
 * outside service, no cookie, nothing about the person. A solution is taken once: a used one is remembered until
 * its challenge expires (per member; #15's cluster shares it).
 */
@ApplicationScoped
public class Challenges {

    public static final String FIELD = "altcha";
    static final Duration LIFETIME = Duration.ofMinutes(30);
    private static final Logger LOG = Logger.getLogger(Challenges.class.getName());

    @Inject
    FormKeys keys;

    /** The difficulty: the widget tries up to this many numbers (50,000 ≈ 0.1–0.5 s on a phone). */
    @Inject
    @ConfigProperty(name = "cong.citizen.challenge-max-number", defaultValue = "50000")
    long maxNumber;

    private final Cache<String, Boolean> used = Caffeine.newBuilder().maximumSize(1_000_000)
            .expireAfterWrite(LIFETIME).build();

    /** A new challenge as the widget reads it (JSON). */
    public String create() {
        try {
            Altcha.Challenge challenge = Altcha.createChallenge(new Altcha.ChallengeOptions()
                    .setMaxNumber(maxNumber).setHmacKey(keys.purposeKey("challenge"))
                    .setExpiresInSeconds(LIFETIME.toSeconds()));
            return "{\"algorithm\":\"" + challenge.algorithm + "\",\"challenge\":\"" + challenge.challenge
                    + "\",\"maxnumber\":" + challenge.maxnumber + ",\"salt\":\"" + challenge.salt
                    + "\",\"signature\":\"" + challenge.signature + "\"}";
        } catch (Exception e) {
            throw new IllegalStateException("A challenge could not be made", e);
        }
    }

    /** Whether {@code payload} (the widget's Base64 JSON) solves a challenge made here, unexpired, not used before. */
    public boolean solved(String payload) {
        if (payload == null || payload.isBlank() || payload.length() > 2000) {
            return false;
        }
        try {
            if (!Altcha.verifySolution(payload.strip(), keys.purposeKey("challenge"), true)) {
                return false;
            }
        } catch (Exception malformed) {
            LOG.log(Level.FINE, "A challenge solution that cannot be read", malformed);
            return false;
        }
        String fingerprint = keys.sign("used", new String(Base64.getDecoder().decode(payload.strip()),
                StandardCharsets.UTF_8));
        return used.asMap().putIfAbsent(fingerprint, Boolean.TRUE) == null;
    }
}
