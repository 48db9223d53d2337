package vn.cong.portal.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import vn.cong.consultation.CommentPeriod;
import vn.cong.consultation.CommentState;
import vn.cong.consultation.Consultation;
import vn.cong.consultation.ConsultationTerms;
import vn.cong.consultation.Moderation;
import vn.cong.platform.DomainException;

/**
 * The consultations API's bodies read field by field from JSON (after {@link JsonInputGuard}): each field's type
 * checked, a refusal naming it (422) — so that a wrong type is a 422 with the field's name, never a 400 or a 500 —,
 * the values then checked by the domain ({@code ConsultationTerms}).
 */
final class ConsultationBodies {

    private ConsultationBodies() {
    }

    static JsonObject object(JsonObject body) {
        if (body == null) {
            throw new DomainException(422, "request.invalid", "body");
        }
        return body;
    }

    /** The terms of POST and PUT: checked here for their types, by {@link ConsultationTerms} for their values. */
    static ConsultationTerms terms(JsonObject body) {
        LocalDate opensOn = date(body, "opensOn");
        int days = whole(body, "days", () -> new DomainException(422, "consultation.days.invalid",
                CommentPeriod.MAX_DAYS));
        CommentPeriod period = new CommentPeriod(opensOn, days);
        String unit = text(body, "receivingUnit");
        String address = text(body, "receivingAddress");
        String email = text(body, "receivingEmail");
        Moderation moderation = word(body, "moderation", Moderation.class,
                () -> new DomainException(422, "consultation.moderation.required"));
        int threshold = absent(body, "reportThreshold") ? Consultation.DEFAULT_REPORT_THRESHOLD
                : whole(body, "reportThreshold", () -> new DomainException(422, "consultation.threshold.invalid"));
        return new ConsultationTerms(period, unit, address, email, moderation, threshold);
    }

    /** A required id: an integer. */
    static long id(JsonObject body, String name) {
        if (body.get(name) instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.longValueExact();
            } catch (ArithmeticException e) {
                // beyond 64 bits (the guard refuses those first)
            }
        }
        throw new DomainException(422, "request.invalid", name);
    }

    /** A date {@code yyyy-MM-dd}: missing, of another type or not a date, refused. */
    static LocalDate date(JsonObject body, String name) {
        if (absent(body, name)) {
            throw new DomainException(422, "consultation.opens.required");
        }
        if (!(body.get(name) instanceof JsonString text)) {
            throw new DomainException(422, "request.invalid", name + " (yyyy-MM-dd)");
        }
        try {
            return LocalDate.parse(text.getString().strip());
        } catch (DateTimeParseException e) {
            throw new DomainException(422, "calendar.date.invalid", text.getString().strip());
        }
    }

    /** A whole number that fits an int; anything else (missing, text, a fraction, too large) is {@code refusal}. */
    static int whole(JsonObject body, String name, java.util.function.Supplier<DomainException> refusal) {
        if (body.get(name) instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.intValueExact();
            } catch (ArithmeticException e) {
                // too large for the field: refused below
            }
        }
        throw refusal.get();
    }

    /** Optional text: absent or null is null (the domain says when it is required); another type is refused. */
    static String text(JsonObject body, String name) {
        if (absent(body, name)) {
            return null;
        }
        if (body.get(name) instanceof JsonString text) {
            return text.getString();
        }
        throw new DomainException(422, "request.invalid", name);
    }

    /** A word of {@code type} in any case; missing is {@code missing}, anything else names the words it takes. */
    static <E extends Enum<E>> E word(JsonObject body, String name, Class<E> type,
                                      java.util.function.Supplier<DomainException> missing) {
        if (absent(body, name)) {
            throw missing.get();
        }
        if (body.get(name) instanceof JsonString text) {
            try {
                return Enum.valueOf(type, text.getString().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // refused below with the words it takes
            }
        }
        throw new DomainException(422, "request.invalid", name + " (" + String.join(" | ",
                java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + ")");
    }

    /** The {@code state} query parameter of the comments: none or blank is every state. */
    static CommentState stateFilter(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return CommentState.valueOf(state.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException(422, "request.invalid", "state (PENDING | VISIBLE | HIDDEN | REJECTED)");
        }
    }

    private static boolean absent(JsonObject body, String name) {
        JsonValue value = body.get(name);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL;
    }
}
