package vn.cong.compliance;

import jakarta.json.bind.annotation.JsonbCreator;

/**
 * Something that starts an obligation, reported from outside the portal (the e-office system, the contact
 * directory, the Q&amp;A desk): the category code (none for a rule of the whole portal), the trigger
 * ({@code SIGNED}, {@code INFORMATION_CHANGED}, {@code QUESTION_RECEIVED}…), when it happened (ISO date, or date-time
 * with offset), the case of the rule when the category has several ({@code SEVERAL_UNITS}…), the sender's
 * reference (a repeated reference is the same registration) and what it is about.
 */
public record Registration(String category, String trigger, String occurredAt, String condition, String reference,
                           String subject) {

    @JsonbCreator
    public Registration {
    }
}
