package vn.cong.catalog;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import vn.cong.platform.DomainException;

/**
 * How long a category's published items stay published — always a minimum: nothing here removes anything, the
 * retention runs built on it only say what may go. Written in preset files as {@code "PERMANENT"}, {@code "5 YEARS"},
 * {@code "1 YEARS_AFTER_EXPIRY"}.
 */
public record Retention(RetentionKind kind, int years) {

    public Retention {
        if (kind == null) {
            throw new IllegalArgumentException("A retention needs a kind");
        }
        boolean counted = kind.countsYears();
        if (counted && years < 1) {
            throw new IllegalArgumentException(kind + " needs a number of years of at least 1, not " + years);
        }
        if (!counted && years != 0) {
            throw new IllegalArgumentException(kind + " takes no number of years (" + years + ")");
        }
    }

    public static Retention of(RetentionKind kind) {
        return new Retention(kind, 0);
    }

    /**
     * What an administrator chose in a form: no kind is no rule of the category's own (null); years count only for a
     * kind counted in years, where they must be at least 1 — else 422 {@code catalog.retention.invalid}.
     */
    public static Retention chosen(RetentionKind kind, Integer years) {
        if (kind == null) {
            return null;
        }
        if (kind.countsYears() && (years == null || years < 1)) {
            throw new DomainException(422, "catalog.retention.invalid");
        }
        return new Retention(kind, kind.countsYears() ? years : 0);
    }

    public static Retention parse(String notation) {
        String[] parts = notation.strip().split("\\s+");
        try {
            if (parts.length == 1) {
                return of(RetentionKind.valueOf(parts[0].toUpperCase(Locale.ROOT)));
            }
            if (parts.length == 2) {
                return new Retention(RetentionKind.valueOf(parts[1].toUpperCase(Locale.ROOT)), Integer.parseInt(parts[0]));
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Retention '" + notation + "' is not 'N KIND' or 'KIND': " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("Retention '" + notation + "' is not 'N KIND' or 'KIND'");
    }

    public String notation() {
        return years > 0 ? years + " " + kind : kind.name();
    }

    /**
     * The first day an item published on {@code published} may be taken down; empty while it must stay (permanent,
     * continuous, archival law, or a document still in force — {@code expired} null).
     */
    public Optional<LocalDate> mayBeRemovedAfter(LocalDate published, LocalDate expired) {
        return switch (kind) {
            case YEARS -> Optional.of(published.plusYears(years));
            case YEARS_AFTER_EXPIRY -> Optional.ofNullable(expired).map(e -> e.plusYears(years));
            case PERMANENT, CONTINUOUS, ARCHIVAL_LAW -> Optional.empty();
        };
    }

    @Override
    public String toString() {
        return notation();
    }
}
