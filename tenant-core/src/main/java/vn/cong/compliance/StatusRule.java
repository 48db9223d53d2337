package vn.cong.compliance;

import java.time.Instant;
import java.time.LocalDate;
import vn.cong.calendar.WorkingCalendar;

/**
 * The status of an obligation at a moment — one rule for the dashboards, the figures, the API and the alerts:
 * met on or before the due moment → MET, after → MET_LATE; open past the due moment → OVERDUE; open with the due
 * day at most {@code dueSoonWorkingDays} working days away → DUE_SOON; otherwise (and always when no due date is
 * known) → ON_TIME.
 */
public record StatusRule(WorkingCalendar calendar, int dueSoonWorkingDays) {

    public ObligationStatus statusOf(Due due, Instant metAt, Instant now) {
        if (metAt != null) {
            return due.isKnown() && metAt.isAfter(due.at()) ? ObligationStatus.MET_LATE : ObligationStatus.MET;
        }
        if (!due.isKnown()) {
            return ObligationStatus.ON_TIME;
        }
        if (!now.isBefore(due.at())) {
            return ObligationStatus.OVERDUE;
        }
        LocalDate today = now.atZone(calendar.officeHours().zone()).toLocalDate();
        if (!due.on().isAfter(today) || calendar.workingDaysBetween(today, due.on()) <= dueSoonWorkingDays) {
            return ObligationStatus.DUE_SOON;
        }
        return ObligationStatus.ON_TIME;
    }
}
