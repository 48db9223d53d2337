package vn.cong.content;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.cong.platform.Messages;
import vn.cong.platform.VietnameseText;

/**
 * Checks and normalises the structured fields of one item against its type's {@link ContentSchema}: every problem
 * is collected (a form marks each field), then {@link FieldsRefused} (422) is thrown before anything is stored.
 * Stored forms: text in NFC, days as {@code yyyy-MM-dd}, numbers plain, ENUM values by code, units and files by id.
 */
public final class FieldValues {

    static final int TEXT_MAX = 500;
    static final int LONG_TEXT_MAX = 4000;

    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    /** What a value of kind UNIT or FILE may name: looked up by the caller (the database), answered here. */
    public interface References {
        boolean unitExists(long unitId);

        boolean attachmentUsable(long attachmentId);

        References NONE = new References() {
            @Override
            public boolean unitExists(long unitId) {
                return false;
            }

            @Override
            public boolean attachmentUsable(long attachmentId) {
                return false;
            }
        };
    }

    private FieldValues() {
    }

    /** The values to store, by field code in schema order (blank values dropped); 422 with every problem. */
    public static Map<String, String> validate(ContentSchema schema, Map<String, String> raw, References references) {
        Map<String, String> given = raw == null ? Map.of() : raw;
        List<FieldProblem> problems = new ArrayList<>();
        for (String code : given.keySet()) {
            if (schema.field(code).isEmpty()) {
                problems.add(new FieldProblem(code, "fields.unknown", code));
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (FieldDefinition field : schema.fields()) {
            String value = VietnameseText.nfc(given.get(field.code()));
            if (value == null || value.isEmpty()) {
                if (field.required()) {
                    problems.add(new FieldProblem(field.code(), "fields.required", field.labelVi(), field.labelEn()));
                }
                continue;
            }
            String normalised = normalise(field, value, references, problems);
            if (normalised != null) {
                values.put(field.code(), normalised);
            }
        }
        for (FieldDefinition field : schema.fields()) {
            String before = field.notBefore() == null ? null : values.get(field.notBefore());
            String self = values.get(field.code());
            if (before != null && self != null && LocalDate.parse(self).isBefore(LocalDate.parse(before))) {
                FieldDefinition other = schema.field(field.notBefore()).orElseThrow();
                problems.add(new FieldProblem(field.code(), "fields.date.before", field.labelVi(), field.labelEn(),
                        other.labelVi(), other.labelEn()));
            }
        }
        if (!problems.isEmpty()) {
            throw new FieldsRefused(problems);
        }
        return values;
    }

    private static String normalise(FieldDefinition field, String value, References references,
                                    List<FieldProblem> problems) {
        String vi = field.labelVi();
        String en = field.labelEn();
        switch (field.kind()) {
            case TEXT, LONG_TEXT -> {
                int max = field.kind() == FieldKind.TEXT ? TEXT_MAX : LONG_TEXT_MAX;
                if (value.length() > max) {
                    problems.add(new FieldProblem(field.code(), "fields.too-long", vi, en, max));
                    return null;
                }
                return value;
            }
            case DATE -> {
                LocalDate day = parseDate(value);
                if (day == null) {
                    problems.add(new FieldProblem(field.code(), "fields.date.invalid", vi, en, value));
                }
                return day == null ? null : day.toString();
            }
            case NUMBER, MONEY -> {
                BigDecimal number = parseNumber(value);
                if (number == null || field.kind() == FieldKind.MONEY && number.signum() < 0
                        || number.abs().compareTo(new BigDecimal("1e17")) >= 0) {
                    problems.add(new FieldProblem(field.code(), "fields.number.invalid", vi, en, value));
                    return null;
                }
                return number.stripTrailingZeros().toPlainString();
            }
            case ENUM -> {
                if (field.value(value).isEmpty()) {
                    problems.add(new FieldProblem(field.code(), "fields.enum.invalid", vi, en, value));
                    return null;
                }
                return value;
            }
            case URL -> {
                if (!isWebAddress(value)) {
                    problems.add(new FieldProblem(field.code(), "fields.url.invalid", vi, en, value));
                    return null;
                }
                return value;
            }
            case UNIT, FILE -> {
                Long id = parseId(value);
                boolean known = id != null && (field.kind() == FieldKind.UNIT ? references.unitExists(id)
                        : references.attachmentUsable(id));
                if (!known) {
                    problems.add(new FieldProblem(field.code(), field.kind() == FieldKind.UNIT
                            ? "fields.unit.unknown" : "fields.file.unknown", vi, en, value));
                    return null;
                }
                return String.valueOf(id);
            }
            default -> throw new IllegalStateException(field.kind().name());
        }
    }

    /** {@code 2026-11-20} or {@code 20/11/2026}; null when it is neither. */
    public static LocalDate parseDate(String value) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        try {
            return text.contains("/") ? LocalDate.parse(text, TYPED_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Digits with an optional sign and decimal point; Vietnamese thousands dots and spaces are allowed. */
    static BigDecimal parseNumber(String value) {
        String text = value.strip().replace(" ", "");
        if (text.matches("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?")) {
            text = text.replace(".", "").replace(',', '.');
        } else if (text.matches("-?\\d+,\\d+")) {
            text = text.replace(',', '.');
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long parseId(String value) {
        try {
            long id = Long.parseLong(value.strip());
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static String displayDate(String stored) {
        LocalDate day = parseDate(stored);
        return day == null ? stored : SHOWN_DATE.format(day);
    }

    static String displayMoney(String stored, String language) {
        BigDecimal amount = parseNumber(stored);
        if (amount == null) {
            return stored;
        }
        NumberFormat format = NumberFormat.getNumberInstance(Messages.locale(language).equals(Locale.ENGLISH)
                ? Locale.ENGLISH : Locale.forLanguageTag("vi-VN"));
        return format.format(amount) + ("en".equals(language) ? " VND" : " đồng");
    }
}
