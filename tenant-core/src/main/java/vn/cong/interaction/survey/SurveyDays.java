package vn.cong.interaction.survey;

import java.time.LocalDate;
import vn.cong.platform.DomainException;

/**
 * The days a survey is open, as the builder and the API give them: both named, the closing day not before the
 * opening day, both within {@value #FIRST_YEAR}–{@value #LAST_YEAR} (a date the database cannot hold is a 422, never a
 * failed insert).
 */
final class SurveyDays {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private SurveyDays() {
    }

    static void check(LocalDate opens, LocalDate closes) {
        if (opens == null || closes == null) {
            throw new DomainException(422, "survey.days.required");
        }
        if (opens.getYear() < FIRST_YEAR || closes.getYear() > LAST_YEAR) {
            throw new DomainException(422, "survey.days.range", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        }
        if (closes.isBefore(opens)) {
            throw new DomainException(422, "survey.days.order");
        }
    }
}
