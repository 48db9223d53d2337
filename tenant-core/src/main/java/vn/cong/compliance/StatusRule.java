package vn.cong.compliance;

import java.time.Instant;
import java.time.LocalDate;
import vn.cong.calendar.WorkingCalendar;

/**
 * The status of an obligation at a moment — one rule for the dashboards, the figures, the API and the alerts:
 * met on or before the due moment → MET, after → MET_LATE; open past the due moment → OVERDUE; open with the due
 * day at most {@code dueSoonWorkingDays} working days away → DUE_SOON; otherwise (and always when no due date is
 * known) → ON_TIME.
 *
 * <p>Very overdue is a tier of OVERDUE, not a status of its own (nothing stores it, no alert fires on it): open with
 * its due day more than {@code veryOverdueWorkingDays} working days before today. The same notion for obligations
 * and citizens' questions ({@code interaction.Lateness}); {@link #veryOverdueBefore} turns it into one cut-off day,
 * so that a query compares due days instead of counting working days per row.
 */
public record StatusRule(WorkingCalendar calendar, int dueSoonWorkingDays, int veryOverdueWorkingDays) {

    public StatusRule {
        if (veryOverdueWorkingDays < 0) {
            throw new IllegalArgumentException("Very overdue counts whole working days: " + veryOverdueWorkingDays);
        }
    }

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
        LocalDate today = today(now);
        if (!due.on().isAfter(today) || calendar.workingDaysBetween(today, due.on()) <= dueSoonWorkingDays) {
            return ObligationStatus.DUE_SOON;
        }
        return ObligationStatus.ON_TIME;
    }

    /** Open, and due more than {@code veryOverdueWorkingDays} working days before today (so overdue too). */
    public boolean isVeryOverdue(Due due, Instant metAt, Instant now) {
        return isVeryOverdue(due, metAt, veryOverdueBefore(today(now)));
    }

    /** The same against a cut-off computed once ({@link #veryOverdueBefore(LocalDate)}), for a loop over many. */
    public static boolean isVeryOverdue(Due due, Instant metAt, LocalDate veryOverdueBefore) {
        return metAt == null && due.isKnown() && due.on().isBefore(veryOverdueBefore);
    }

    /**
     * The cut-off: an open obligation due on a day before the returned one is very overdue on {@code today} — the
     * ({@code veryOverdueWorkingDays} + 1)-th working day counted back from today (today included when it is one):
     * due before it, more than {@code veryOverdueWorkingDays} working days lie in (due day, today].
     */
    public LocalDate veryOverdueBefore(LocalDate today) {
        return calendar.addWorkingDays(today.plusDays(1), -(veryOverdueWorkingDays + 1));
    }

    /** {@link #veryOverdueBefore(LocalDate)} as a moment: due before it (the start of that day) is very overdue. */
    public Instant veryOverdueBefore(Instant now) {
        return veryOverdueBefore(today(now)).atStartOfDay(calendar.officeHours().zone()).toInstant();
    }

    public LocalDate today(Instant now) {
        return now.atZone(calendar.officeHours().zone()).toLocalDate();
    }
}
