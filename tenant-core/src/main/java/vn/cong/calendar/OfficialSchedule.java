package vn.cong.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import vn.cong.identity.Account;
import vn.cong.identity.Authority;
import vn.cong.platform.DomainException;
import vn.cong.platform.VietnameseText;

/**
 * Keeps the yearly official schedule (lịch nghỉ lễ, Tết do Chính phủ công bố) as the government publishes it.
 * Only platform operators may change it: the calendar is national and every unit's deadlines depend on it.
 */
@ApplicationScoped
@Transactional
public class OfficialSchedule {

    /** The holidays whose concrete days the Prime Minister fixes every year (Labor Code Art. 112(3)). */
    static final Set<StatutoryHoliday> FIXED_BY_GOVERNMENT = EnumSet.of(StatutoryHoliday.TET,
            StatutoryHoliday.NATIONAL_DAY);

    @Inject
    CalendarAdjustmentRepository repository;

    @Inject
    Authority authority;

    @Inject
    WorkingCalendar calendar;

    @Inject
    Event<CalendarChanged> changed;

    @Inject
    Clock clock;

    /**
     * Adds a line. Refused (422) when it would change nothing — a day off on a day already off, a working day on a
     * day already worked — because such a line is almost always a typing error in the date; 409 when the date
     * already has a line (remove it first).
     */
    public Adjustment add(Account operator, Adjustment line) {
        requireOperator(operator);
        int year = line.date().getYear();
        if (year < WorkingCalendar.FIRST_YEAR || year > WorkingCalendar.LAST_YEAR) {
            throw new DomainException(422, "calendar.year.unsupported", WorkingCalendar.FIRST_YEAR,
                    WorkingCalendar.LAST_YEAR);
        }
        String nameVi = VietnameseText.nfc(line.nameVi());
        String nameEn = VietnameseText.nfc(line.nameEn());
        String basis = VietnameseText.nfc(line.legalBasis());
        if (isBlank(nameVi) || isBlank(nameEn)) {
            throw new DomainException(422, "calendar.adjustment.name.required");
        }
        if (isBlank(basis)) {
            throw new DomainException(422, "calendar.adjustment.basis.required");
        }
        if (line.kind() == DayKind.HOLIDAY && !FIXED_BY_GOVERNMENT.contains(line.holiday())) {
            throw new DomainException(422, "calendar.adjustment.holiday.fixed", line.holiday().nameVi());
        }
        if (repository.on(line.date()).isPresent()) {
            throw new DomainException(409, "calendar.adjustment.exists", line.date().toString());
        }
        boolean working = calendar.isWorkingDay(line.date());
        if (line.kind() == DayKind.WORKING_DAY && working || line.kind() == DayKind.DAY_OFF && !working) {
            throw new DomainException(422, "calendar.adjustment.pointless", line.date().toString());
        }
        Adjustment clean = new Adjustment(line.date(), line.kind(), line.holiday(), nameVi, nameEn, basis);
        repository.add(new CalendarAdjustment(clean, operator.getUsername(), clock.instant()));
        changed.fire(new CalendarChanged());
        return clean;
    }

    /** Removes the line of a date; 404 when there is none. */
    public void remove(Account operator, LocalDate date) {
        requireOperator(operator);
        CalendarAdjustment line = repository.on(date)
                .orElseThrow(() -> new DomainException(404, "calendar.adjustment.not-found", date.toString()));
        repository.remove(line);
        changed.fire(new CalendarChanged());
    }

    private void requireOperator(Account account) {
        if (account == null || !CalendarPolicy.mayRecordSchedule(authority.isOperator(account))) {
            throw new DomainException(403, "auth.forbidden");
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
