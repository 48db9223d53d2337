package vn.cong.admin.survey;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import vn.cong.interaction.survey.Wording;
import vn.cong.platform.DomainException;

/**
 * What the builder's forms type, read into the domain's values: a day from the browser's date field (ISO), lines of
 * options — one per line, the English after a bar ("Có | Yes") —, a number of a scale. A day that is not one is the
 * domain's refusal of missing days; the rest is checked by the domain.
 */
final class SurveyInput {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private SurveyInput() {
    }

    static LocalDate day(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException(422, "survey.days.required");
        }
    }

    /** One wording per non-blank line: "Vietnamese | English", the English optional. */
    static List<Wording> lines(String typed) {
        List<Wording> words = new ArrayList<>();
        if (typed == null) {
            return words;
        }
        for (String line : typed.split("\\R")) {
            if (!line.isBlank()) {
                words.add(wording(line));
            }
        }
        return words;
    }

    static Wording wording(String line) {
        int bar = line.indexOf('|');
        return bar < 0 ? new Wording(line, null) : new Wording(line.substring(0, bar), line.substring(bar + 1));
    }

    /** The lines of wordings as the form shows them again. */
    static String text(List<Wording> words) {
        StringBuilder text = new StringBuilder();
        for (Wording word : words) {
            text.append(word.vi() == null ? "" : word.vi()).append(word.en() == null ? "" : " | " + word.en())
                    .append('\n');
        }
        return text.toString();
    }

    static Integer number(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return -1; // not a number: refused by the scale's range
        }
    }
}
