package vn.cong.catalog;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import vn.cong.calendar.WorkingCalendar;

/**
 * A publication deadline (thời hạn cập nhật): a {@link DeadlineKind} and, for the counted kinds, a number N.
 * Due dates are always computed through a {@link WorkingCalendar}, so that holidays and the government's swapped
 * days count exactly as they do for everything else.
 *
 * <p>Written in preset files as {@code "7 WORKING_DAYS"}, {@code "24 HOURS"}, {@code "SAME_DAY"}, {@code "PROMPTLY"}.
 */
public record Deadline(DeadlineKind kind, int amount) {

    public Deadline {
        if (kind == null) {
            throw new IllegalArgumentException("A deadline needs a kind");
        }
        if (kind.isCounted() && amount < 1) {
            throw new IllegalArgumentException(kind + " needs a number of at least 1, not " + amount);
        }
        if (!kind.isCounted() && amount != 0) {
            throw new IllegalArgumentException(kind + " takes no number (" + amount + ")");
        }
    }

    public static Deadline of(DeadlineKind kind) {
        return new Deadline(kind, 0);
    }

    public static Deadline workingDays(int n) {
        return new Deadline(DeadlineKind.WORKING_DAYS, n);
    }

    /** Parses the notation of preset files: {@code "N KIND"} or {@code "KIND"}. */
    public static Deadline parse(String notation) {
        String[] parts = notation.strip().split("\\s+");
        try {
            if (parts.length == 1) {
                return of(DeadlineKind.valueOf(parts[0].toUpperCase(Locale.ROOT)));
            }
            if (parts.length == 2) {
                return new Deadline(DeadlineKind.valueOf(parts[1].toUpperCase(Locale.ROOT)), Integer.parseInt(parts[0]));
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Deadline '" + notation + "' is not 'N KIND' or 'KIND': " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("Deadline '" + notation + "' is not 'N KIND' or 'KIND'");
    }

    public String notation() {
        return kind.isCounted() ? amount + " " + kind : kind.name();
    }

    /** False for "immediately", "promptly" and "for the comment period": the law gives no number to count. */
    public boolean isComputable() {
        return kind.isComputable();
    }

    /**
     * The last day on which the information is on time, for a trigger on {@code trigger}; empty when the law gives
     * no number. For the hourly kinds, where only the day of the trigger is known, the latest day it may fall due
     * (a trigger at the very end of that day).
     */
    public Optional<LocalDate> dueDate(LocalDate trigger, WorkingCalendar calendar) {
        return switch (kind) {
            case WORKING_DAYS -> Optional.of(calendar.addWorkingDays(trigger, amount));
            case CALENDAR_DAYS -> Optional.of(calendar.deadlineInDays(trigger, amount));
            case SAME_DAY -> Optional.of(trigger);
            case HOURS -> Optional.of(trigger.plusDays((amount + 23) / 24));
            case WORKING_HOURS -> Optional.of(calendar.addWorkingHours(
                    trigger.plusDays(1).atStartOfDay(zone(calendar)), amount).toLocalDate());
            case IMMEDIATELY, PROMPTLY, COMMENT_PERIOD -> Optional.empty();
        };
    }

    /**
     * The moment by which the information is on time, for a trigger at {@code trigger}; empty when the law gives no
     * number. Day-counted kinds end at 24:00 of their due day (Civil Code Art. 148(6)) in the calendar's zone;
     * hourly kinds count from the trigger moment. The answer is in the zone of {@code trigger}.
     */
    public Optional<ZonedDateTime> dueAt(ZonedDateTime trigger, WorkingCalendar calendar) {
        return switch (kind) {
            case HOURS -> Optional.of(trigger.plusHours(amount));
            case WORKING_HOURS -> Optional.of(calendar.addWorkingHours(trigger, amount));
            default -> {
                ZoneId zone = zone(calendar);
                yield dueDate(trigger.withZoneSameInstant(zone).toLocalDate(), calendar)
                        .map(day -> day.plusDays(1).atStartOfDay(zone).withZoneSameInstant(trigger.getZone()));
            }
        };
    }

    private static ZoneId zone(WorkingCalendar calendar) {
        return calendar.officeHours().zone();
    }

    @Override
    public String toString() {
        return notation();
    }
}
