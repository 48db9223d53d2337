package vn.cong.consultation;

import java.time.LocalDate;
import vn.cong.platform.DomainException;

/**
 * A comment period counted in calendar days (REQUIREMENTS §8; the Law on Promulgation of Legal Documents): it opens at
 * the start of {@code opensOn} and closes at the end of its last day, {@code opensOn + days - 1}, Vietnam's time. No
 * job opens or closes it: its status is the day's.
 */
public record CommentPeriod(LocalDate opensOn, int days) {

    /** A period longer than a year is a typing mistake, not a consultation. */
    public static final int MAX_DAYS = 366;

    public CommentPeriod {
        if (opensOn == null) {
            throw new DomainException(422, "consultation.opens.required");
        }
        if (days < 1 || days > MAX_DAYS) {
            throw new DomainException(422, "consultation.days.invalid", MAX_DAYS);
        }
    }

    public LocalDate closesOn() {
        return opensOn.plusDays(days - 1L);
    }

    public ConsultationStatus statusOn(LocalDate day) {
        if (day.isBefore(opensOn)) {
            return ConsultationStatus.NOT_OPEN;
        }
        return day.isAfter(closesOn()) ? ConsultationStatus.CLOSED : ConsultationStatus.OPEN;
    }
}
