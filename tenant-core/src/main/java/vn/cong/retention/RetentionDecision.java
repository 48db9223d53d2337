package vn.cong.retention;

import java.time.LocalDate;
import java.util.Optional;
import vn.cong.catalog.Retention;
import vn.cong.catalog.RetentionKind;

/**
 * Whether a published item's retention period is over on a day (REQUIREMENTS §4, MIC Art. 15.2): the category's
 * {@link Retention} says from which day it may leave the site — N years after publication, N years after a legal
 * document expired — or never (permanent, kept current, archival law, a document still in force). A run archives an
 * item from that day on; nothing is ever deleted.
 */
public final class RetentionDecision {

    private RetentionDecision() {
    }

    /** The kinds a run can act on: the others never give a day. */
    public static boolean isApplied(Retention retention) {
        return retention != null
                && (retention.kind() == RetentionKind.YEARS || retention.kind() == RetentionKind.YEARS_AFTER_EXPIRY);
    }

    /** The first day the item may leave the site, if any. */
    public static Optional<LocalDate> removableFrom(Retention retention, LocalDate publishedOn, LocalDate expiredOn) {
        return retention == null ? Optional.empty() : retention.mayBeRemovedAfter(publishedOn, expiredOn);
    }

    /** Archived by a run on {@code today}. */
    public static boolean isDue(Retention retention, LocalDate publishedOn, LocalDate expiredOn, LocalDate today) {
        return removableFrom(retention, publishedOn, expiredOn).filter(day -> !day.isAfter(today)).isPresent();
    }
}
