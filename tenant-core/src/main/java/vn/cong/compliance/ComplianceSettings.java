package vn.cong.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cong.calendar.WorkingCalendar;

/**
 * The engine's settings: the working calendar, the due-soon threshold ({@code cong.compliance.due-soon-working-days},
 * default 2: due soon from two working days before the due day), the very-overdue threshold
 * ({@code cong.compliance.very-overdue-working-days}, default 5: very overdue once more than five working days past
 * the due day — obligations and citizens' questions alike) and the clock.
 */
@ApplicationScoped
public class ComplianceSettings {

    @Inject
    WorkingCalendar calendar;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "cong.compliance.due-soon-working-days", defaultValue = "2")
    int dueSoonWorkingDays;

    @Inject
    @ConfigProperty(name = "cong.compliance.very-overdue-working-days", defaultValue = "5")
    int veryOverdueWorkingDays;

    public StatusRule statusRule() {
        return new StatusRule(calendar, dueSoonWorkingDays, Math.max(0, veryOverdueWorkingDays));
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    public Clock clock() {
        return clock;
    }

    public ZoneId zone() {
        return calendar.officeHours().zone();
    }

    public LocalDate today() {
        return clock.instant().atZone(zone()).toLocalDate();
    }
}
