package vn.cong.portal.abuse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How often one address may send citizens' forms: token buckets (Bucket4j) per address and kind, the address kept
 * only as a salted hash. A form sent with a solved challenge may come {@code cong.citizen.limit.per-minute} times a
 * minute and {@code …per-day} times a day; one sent without it (a browser without JavaScript) only
 * {@code …without-challenge-per-hour} times an hour — the stricter limit stands in for the work the challenge costs.
 * Looking a question up is limited on its own ({@code …lookups-per-minute}), against guessing phone numbers.
 * In memory, per member: the cluster (#15) keeps the same buckets in its data grid (Bucket4j's Hazelcast support).
 */
@ApplicationScoped
public class SubmissionLimits {

    public enum Kind { WITH_CHALLENGE, WITHOUT_CHALLENGE, LOOKUP }

    @Inject
    FormKeys keys;

    @Inject
    @ConfigProperty(name = "cong.citizen.limit.per-minute", defaultValue = "5")
    int perMinute;

    @Inject
    @ConfigProperty(name = "cong.citizen.limit.per-day", defaultValue = "50")
    int perDay;

    @Inject
    @ConfigProperty(name = "cong.citizen.limit.without-challenge-per-hour", defaultValue = "3")
    int withoutChallengePerHour;

    @Inject
    @ConfigProperty(name = "cong.citizen.limit.lookups-per-minute", defaultValue = "20")
    int lookupsPerMinute;

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(500_000)
            .expireAfterAccess(Duration.ofDays(1)).build();

    private Bandwidth[] withChallenge;
    private Bandwidth[] withoutChallenge;
    private Bandwidth[] lookups;

    @PostConstruct
    void init() {
        withChallenge = new Bandwidth[] {
            Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build(),
            Bandwidth.builder().capacity(perDay).refillGreedy(perDay, Duration.ofDays(1)).build()};
        withoutChallenge = new Bandwidth[] {Bandwidth.builder().capacity(withoutChallengePerHour)
                .refillGreedy(withoutChallengePerHour, Duration.ofHours(1)).build()};
        lookups = new Bandwidth[] {Bandwidth.builder().capacity(lookupsPerMinute)
                .refillGreedy(lookupsPerMinute, Duration.ofMinutes(1)).build()};
    }

    /** Takes one sending from the address's allowance: empty when allowed, else how long to wait. */
    public Optional<Duration> take(String address, Kind kind) {
        String key = kind + ":" + keys.sign("address", address == null ? "?" : address);
        Bucket bucket = buckets.get(key, k -> build(kind));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty()
                : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()).plusSeconds(1));
    }

    private Bucket build(Kind kind) {
        Bandwidth[] limits = switch (kind) {
            case WITH_CHALLENGE -> withChallenge;
            case WITHOUT_CHALLENGE -> withoutChallenge;
            case LOOKUP -> lookups;
        };
        var builder = Bucket.builder();
        for (Bandwidth limit : limits) {
            builder.addLimit(limit);
        }
        return builder.build();
    }
}
