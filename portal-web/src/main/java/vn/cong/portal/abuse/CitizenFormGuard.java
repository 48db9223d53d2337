package vn.cong.portal.abuse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;
import vn.cong.identity.ClientOrigin;

/**
 * The checks every citizen's form passes before its use case runs (issue #12.5): the form token (CSRF), the
 * proof-of-work challenge when the browser ran it, and the address's allowance — stricter without the challenge.
 * One place, so the question form, the consultation's comments and the surveys are guarded alike.
 */
@ApplicationScoped
public class CitizenFormGuard {

    /** Why a submission is not taken, each with a message for the person (the {@code abuse.*} keys of the page). */
    public enum Refusal { FORM_EXPIRED, CHALLENGE_FAILED, TOO_MANY }

    /** The verdict: taken, or refused with its reason and, for too many, how long to wait. */
    public record Verdict(Refusal refusal, Duration retryAfter) {
        static final Verdict TAKEN = new Verdict(null, Duration.ZERO);

        public boolean taken() {
            return refusal == null;
        }

        /** Minutes to wait, rounded up, for the message. */
        public long retryMinutes() {
            return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
        }

        /**
         * Answers a refused sending: 429 with Retry-After for too many, else 400; returns the message to show above
         * the form (everything typed is kept by the page), in {@code language}.
         */
        public String refuse(jakarta.servlet.http.HttpServletResponse response, String language) {
            response.setStatus(refusal == Refusal.TOO_MANY ? 429 : 400);
            if (refusal == Refusal.TOO_MANY) {
                response.setHeader("Retry-After", String.valueOf(retryAfter.toSeconds()));
            }
            return vn.cong.platform.Messages.format(language, "abuse." + refusal.name()
                    .toLowerCase(java.util.Locale.ROOT).replace('_', '-'), retryMinutes());
        }
    }

    @Inject
    FormTokens tokens;

    @Inject
    Challenges challenges;

    @Inject
    SubmissionLimits limits;

    @Inject
    ClientOrigin origin;

    public Verdict admit(HttpServletRequest request) {
        if (!tokens.accepts(request)) {
            return new Verdict(Refusal.FORM_EXPIRED, Duration.ZERO);
        }
        String solution = request.getParameter(Challenges.FIELD);
        boolean ranChallenge = solution != null && !solution.isBlank();
        if (ranChallenge && !challenges.solved(solution)) {
            return new Verdict(Refusal.CHALLENGE_FAILED, Duration.ZERO);
        }
        Optional<Duration> wait = limits.take(origin.address(request),
                ranChallenge ? SubmissionLimits.Kind.WITH_CHALLENGE : SubmissionLimits.Kind.WITHOUT_CHALLENGE);
        return wait.map(d -> new Verdict(Refusal.TOO_MANY, d)).orElse(Verdict.TAKEN);
    }

    /** A look-up (the status page by code and phone): only the allowance. */
    public Verdict admitLookup(HttpServletRequest request) {
        return limits.take(origin.address(request), SubmissionLimits.Kind.LOOKUP)
                .map(d -> new Verdict(Refusal.TOO_MANY, d)).orElse(Verdict.TAKEN);
    }
}
