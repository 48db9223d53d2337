package vn.cong.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The platform's one source of "now" for rules that depend on time (scheduled publication, deadlines): injected,
 * so tests hand a fixed {@link Clock} instead of sleeping.
 */
@ApplicationScoped
public class Clocks {

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
