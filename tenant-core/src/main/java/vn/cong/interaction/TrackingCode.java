package vn.cong.interaction;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code a citizen follows a question or petition by, as the national public-service portal writes it:
 * {@code PAKN.20261202.0012} — the day it was received (Vietnam's date) and its number that day in the unit. Read
 * back case-insensitively and with spaces or other separators a person may type ("pakn 20261202 12").
 */
public record TrackingCode(LocalDate day, int number) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern TYPED = Pattern.compile("(?i)\\s*PAKN\\W*(\\d{8})\\W*(\\d{1,6})\\s*");

    public TrackingCode {
        if (number < 1 || number > 999_999) {
            throw new IllegalArgumentException("a day's number runs from 1 to 999999: " + number);
        }
    }

    @Override
    public String toString() {
        return "PAKN." + DAY.format(day) + "." + String.format("%04d", number);
    }

    /** The code a person typed or a link carried; empty for anything that is not one. */
    public static Optional<TrackingCode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = TYPED.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new TrackingCode(LocalDate.parse(matcher.group(1), DAY),
                    Integer.parseInt(matcher.group(2))));
        } catch (RuntimeException notADay) {
            return Optional.empty();
        }
    }
}
