package vn.cong.calendar;

import vn.cong.platform.Vietnam;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The office hours of a working day (giờ hành chính), in one time zone — what "4 working hours" (MIC Art. 14.1)
 * are counted in.
 *
 * <p>State bodies work 8 hours a day, Monday to Friday (40-hour week, Decision 188/1999/QĐ-TTg), but the clock
 * times are set by each ministry and province: many provinces use 07:30–11:30 and 13:00–17:00, Hà Nội uses
 * 08:00–12:00 and 13:00–17:00. The default is therefore an assumption, configurable with
 * {@code cong.calendar.office-hours} (e.g. {@code 08:00-12:00,13:00-17:00}) and {@code cong.calendar.zone}.
 */
public final class OfficeHours {

    /** 07:30–11:30 and 13:00–17:00, Asia/Ho_Chi_Minh. */
    public static final OfficeHours DEFAULT = parse("07:30-11:30,13:00-17:00", Vietnam.ZONE);

    private final List<Period> periods;
    private final ZoneId zone;

    /** One stretch of work within a day, {@code start} inclusive, {@code end} exclusive. */
    public record Period(LocalTime start, LocalTime end) {
        public Period {
            if (!start.isBefore(end)) {
                throw new IllegalArgumentException("An office period ends after it starts: " + start + "-" + end);
            }
        }

        Duration length() {
            return Duration.between(start, end);
        }
    }

    public OfficeHours(List<Period> periods, ZoneId zone) {
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("Office hours need at least one period");
        }
        for (int i = 1; i < periods.size(); i++) {
            if (periods.get(i).start().isBefore(periods.get(i - 1).end())) {
                throw new IllegalArgumentException("Office periods must be in order and not overlap: " + periods);
            }
        }
        this.periods = List.copyOf(periods);
        this.zone = Objects.requireNonNull(zone);
    }

    /** Parses {@code "07:30-11:30,13:00-17:00"}. */
    public static OfficeHours parse(String text, ZoneId zone) {
        List<Period> periods = new ArrayList<>();
        try {
            for (String part : text.split(",")) {
                String[] bounds = part.strip().split("-");
                if (bounds.length != 2) {
                    throw new IllegalArgumentException("Office period '" + part + "' is not HH:MM-HH:MM");
                }
                periods.add(new Period(LocalTime.parse(bounds[0].strip()), LocalTime.parse(bounds[1].strip())));
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Office hours '" + text + "' are not HH:MM-HH:MM,…", e);
        }
        return new OfficeHours(periods, zone);
    }

    public List<Period> periods() {
        return periods;
    }

    public ZoneId zone() {
        return zone;
    }

    /** Working time in one working day (8 hours by default). */
    public Duration perDay() {
        return periods.stream().map(Period::length).reduce(Duration.ZERO, Duration::plus);
    }

    /**
     * The instant at which {@code amount} of office time has elapsed after {@code from}, counting only office
     * periods of days that {@code isWorkingDay} accepts. Time outside office hours (evenings, lunch, weekends,
     * holidays) does not count: a request received on Friday at 16:00 with 4 hours is due on Monday at 10:30.
     * When the amount runs out exactly at the end of a period, that end is the answer (11:30, not 13:00). The
     * result is in the zone of {@code from}.
     */
    ZonedDateTime add(ZonedDateTime from, Duration amount, Predicate<LocalDate> isWorkingDay) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("Working time cannot be negative: " + amount);
        }
        if (amount.isZero()) {
            return from;
        }
        ZonedDateTime local = from.withZoneSameInstant(zone);
        LocalDate day = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        Duration left = amount;
        while (true) {
            if (isWorkingDay.test(day)) {
                for (Period period : periods) {
                    if (!time.isBefore(period.end())) {
                        continue;
                    }
                    LocalTime start = time.isAfter(period.start()) ? time : period.start();
                    Duration available = Duration.between(start, period.end());
                    if (left.compareTo(available) <= 0) {
                        return ZonedDateTime.of(day, start.plus(left), zone).withZoneSameInstant(from.getZone());
                    }
                    left = left.minus(available);
                    time = period.end();
                }
            }
            day = day.plusDays(1);
            time = LocalTime.MIDNIGHT;
        }
    }

    @Override
    public String toString() {
        return periods.stream().map(p -> p.start() + "-" + p.end()).reduce((a, b) -> a + "," + b).orElse("")
                + " " + zone;
    }
}
