package vn.cong.compliance;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.cong.platform.DomainException;

/**
 * The days a compliance view covers, both ends included. Asked for nothing, it is the last 90 days and the next 30:
 * what was due lately and what falls due soon — the same for the back office and the API.
 */
public record CompliancePeriod(LocalDate start, LocalDate end) {

    static final int DAYS_BACK = 90;
    static final int DAYS_AHEAD = 30;

    public CompliancePeriod {
        if (start.isAfter(end)) {
            throw new DomainException(422, "compliance.period.invalid");
        }
    }

    public static CompliancePeriod around(LocalDate today) {
        return new CompliancePeriod(today.minusDays(DAYS_BACK), today.plusDays(DAYS_AHEAD));
    }

    /** From ISO dates as a person or a client typed them, blank meaning the default end; 422 when unreadable. */
    public static CompliancePeriod parse(String from, String to, LocalDate today) {
        CompliancePeriod fallback = around(today);
        try {
            LocalDate start = from == null || from.isBlank() ? fallback.start() : LocalDate.parse(from.strip());
            LocalDate end = to == null || to.isBlank() ? fallback.end() : LocalDate.parse(to.strip());
            return new CompliancePeriod(start, end);
        } catch (DateTimeParseException e) {
            throw new DomainException(422, "compliance.period.invalid");
        }
    }
}
