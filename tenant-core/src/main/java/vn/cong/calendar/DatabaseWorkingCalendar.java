package vn.cong.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cong.platform.SchemaReady;

/**
 * The working calendar of the running platform: the official schedule from the database, held in memory as an
 * {@link InMemoryWorkingCalendar} snapshot so that deadline arithmetic never touches the database. Reloaded
 * lazily after start-up and after every committed change of the schedule.
 */
@ApplicationScoped
public class DatabaseWorkingCalendar implements WorkingCalendar {

    @Inject
    CalendarAdjustmentRepository repository;

    @Inject
    @ConfigProperty(name = "cong.calendar.office-hours", defaultValue = "07:30-11:30,13:00-17:00")
    String officeHours;

    @Inject
    @ConfigProperty(name = "cong.calendar.zone", defaultValue = "Asia/Ho_Chi_Minh")
    String zone;

    private volatile InMemoryWorkingCalendar snapshot;

    private volatile boolean stale = true;

    void onSchemaReady(@Observes SchemaReady ready) {
        stale = true;
    }

    /** After a commit the committed transaction cannot be reused: mark stale, reload on the next use. */
    void onCalendarChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CalendarChanged changed) {
        stale = true;
    }

    /** One snapshot per operation, so that a reload in the middle never mixes two schedules. */
    private InMemoryWorkingCalendar current() {
        InMemoryWorkingCalendar current = snapshot;
        if (stale || current == null) {
            synchronized (this) {
                if (stale || snapshot == null) {
                    stale = false;
                    try {
                        snapshot = new InMemoryWorkingCalendar(repository.all(),
                                OfficeHours.parse(officeHours, ZoneId.of(zone)));
                    } catch (RuntimeException e) {
                        stale = true;
                        throw e;
                    }
                }
                current = snapshot;
            }
        }
        return current;
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return current().isWorkingDay(day);
    }

    @Override
    public List<CalendarDay> holidays(int year) {
        return current().holidays(year);
    }

    @Override
    public OfficeHours officeHours() {
        return current().officeHours();
    }

    @Override
    public LocalDate addWorkingDays(LocalDate from, int n) {
        return current().addWorkingDays(from, n);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return current().workingDaysBetween(from, to);
    }

    @Override
    public LocalDate deadlineInDays(LocalDate trigger, int calendarDays) {
        return current().deadlineInDays(trigger, calendarDays);
    }

    @Override
    public ZonedDateTime addWorkingHours(ZonedDateTime from, Duration amount) {
        return current().addWorkingHours(from, amount);
    }

    /** The official schedule currently applied. */
    public List<Adjustment> schedule() {
        return current().schedule();
    }
}
