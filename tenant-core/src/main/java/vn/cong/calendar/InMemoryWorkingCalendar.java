package vn.cong.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.cong.platform.DomainException;

/**
 * The working calendar for a given official schedule, held in memory: pure, immutable, thread-safe. Used directly
 * by tests and tools, and as the snapshot behind {@code DatabaseWorkingCalendar}. Each year is worked out once,
 * on first use.
 */
public final class InMemoryWorkingCalendar implements WorkingCalendar {

    private final List<Adjustment> schedule;
    private final OfficeHours officeHours;
    private final Map<Integer, YearSchedule> years = new ConcurrentHashMap<>();

    public InMemoryWorkingCalendar(List<Adjustment> schedule, OfficeHours officeHours) {
        this.schedule = List.copyOf(schedule);
        this.officeHours = officeHours;
    }

    /** The Labor Code's rules alone, with default office hours: no official schedule. */
    public static InMemoryWorkingCalendar withoutSchedule() {
        return new InMemoryWorkingCalendar(List.of(), OfficeHours.DEFAULT);
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return year(day.getYear()).isWorkingDay(day);
    }

    @Override
    public List<CalendarDay> holidays(int year) {
        return year(year).days();
    }

    @Override
    public OfficeHours officeHours() {
        return officeHours;
    }

    /** The official schedule this calendar applies. */
    public List<Adjustment> schedule() {
        return schedule;
    }

    private YearSchedule year(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new DomainException(422, "calendar.year.unsupported", FIRST_YEAR, LAST_YEAR);
        }
        return years.computeIfAbsent(year, y -> YearSchedule.of(y, schedule));
    }
}
