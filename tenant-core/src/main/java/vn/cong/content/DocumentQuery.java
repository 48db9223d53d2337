package vn.cong.content;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;

/**
 * What a citizen searches legal documents by (REQUIREMENTS §3.5): number/symbol, issuing authority, form, the
 * unit's subject field, an issue-date range, words of the summary (diacritics optional: "quyet dinh" finds
 * "Quyết định"), in force or expired; one page of ten. Built from the GET parameters of the search form.
 */
public record DocumentQuery(String number, String issuer, String form, String field, LocalDate from, LocalDate to,
                            String words, LegalStatus status, int page) {

    public static final int PAGE_SIZE = 10;

    public DocumentQuery {
        page = Math.max(1, page);
    }

    public static DocumentQuery all() {
        return new DocumentQuery(null, null, null, null, null, null, null, null, 1);
    }

    /** From request parameters ({@code so, co-quan, hinh-thuc, linh-vuc, tu-ngay, den-ngay, q, hieu-luc, trang}). */
    public static DocumentQuery fromParameters(Function<String, String> parameter) {
        return new DocumentQuery(text(parameter.apply("so")), text(parameter.apply("co-quan")),
                text(parameter.apply("hinh-thuc")), text(parameter.apply("linh-vuc")),
                FieldValues.parseDate(text(parameter.apply("tu-ngay"))),
                FieldValues.parseDate(text(parameter.apply("den-ngay"))), text(parameter.apply("q")),
                status(parameter.apply("hieu-luc")), page(parameter.apply("trang")));
    }

    public int firstResult() {
        return (page - 1) * PAGE_SIZE;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static LegalStatus status(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "con-hieu-luc", "in_force", "in-force" -> LegalStatus.IN_FORCE;
            case "het-hieu-luc", "expired" -> LegalStatus.EXPIRED;
            default -> null;
        };
    }

    private static int page(String value) {
        try {
            return value == null ? 1 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
