package vn.cong.catalog;

import java.time.LocalDate;
import java.util.Optional;
import vn.cong.calendar.WorkingCalendar;

/**
 * A periodic obligation (định kỳ): information due once per period. {@code alsoOnDaysOff} records where the
 * regulation asks for regular updates on days off too (MIC Art. 15.1: "bảo đảm cập nhật thông tin thường xuyên
 * trong các ngày nghỉ, dịp lễ Tết") — a wish without a number, so it changes no period.
 */
public record Recurrence(RecurrenceKind kind, boolean alsoOnDaysOff) {

    public Recurrence {
        if (kind == null) {
            throw new IllegalArgumentException("A recurrence needs a kind");
        }
        if (alsoOnDaysOff && kind != RecurrenceKind.EACH_WORKING_DAY) {
            throw new IllegalArgumentException("Only a daily recurrence can also ask for updates on days off");
        }
    }

    public static Recurrence of(RecurrenceKind kind) {
        return new Recurrence(kind, false);
    }

    /** One period: every day from {@code start} to {@code end} belongs to it; the information is due by {@code due}. */
    public record Period(LocalDate start, LocalDate end, LocalDate due) {
    }

    /**
     * The period {@code day} belongs to, empty for {@link RecurrenceKind#AS_APPROVED}. Calendar periods (month,
     * half-year, year) are due on their last day, or on the next working day when that is a day off (Civil Code
     * Art. 148(5)). For {@link RecurrenceKind#EACH_WORKING_DAY} each working day closes a period that began after the
     * previous working day, so a day off belongs to the first working day after it.
     */
    public Optional<Period> periodContaining(LocalDate day, WorkingCalendar calendar) {
        return switch (kind) {
            case EACH_WORKING_DAY -> {
                LocalDate due = calendar.isWorkingDay(day) ? day : calendar.addWorkingDays(day, 1);
                LocalDate start = calendar.addWorkingDays(due, -1).plusDays(1);
                yield Optional.of(new Period(start, due, due));
            }
            case MONTHLY -> Optional.of(calendarPeriod(day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth()),
                    calendar));
            case SEMI_ANNUAL -> {
                LocalDate start = LocalDate.of(day.getYear(), day.getMonthValue() <= 6 ? 1 : 7, 1);
                yield Optional.of(calendarPeriod(start, start.plusMonths(6).minusDays(1), calendar));
            }
            case YEARLY -> Optional.of(calendarPeriod(day.withDayOfYear(1), day.withDayOfYear(day.lengthOfYear()),
                    calendar));
            case AS_APPROVED -> Optional.empty();
        };
    }

    private static Period calendarPeriod(LocalDate start, LocalDate end, WorkingCalendar calendar) {
        LocalDate due = end;
        while (!calendar.isWorkingDay(due)) {
            due = due.plusDays(1);
        }
        return new Period(start, end, due);
    }
}
