package vn.cong.content;

/** What a structured field holds, and so how it is entered, checked, stored and shown. */
public enum FieldKind {
    /** One line, at most 500 characters. */
    TEXT,
    /** Several lines, at most 4000 characters. */
    LONG_TEXT,
    /** A day ({@code yyyy-MM-dd}, or {@code dd/MM/yyyy} as typed in Vietnam). */
    DATE,
    NUMBER,
    /** An amount of đồng: a number, not negative. */
    MONEY,
    /** One of the values the schema lists. */
    ENUM,
    /** The id of a unit of the platform. */
    UNIT,
    /** The id of an attachment of the same unit. */
    FILE,
    /** An http(s) address, e.g. the provincial public-service portal. */
    URL;

    public boolean isDay() {
        return this == DATE;
    }

    public boolean isNumeric() {
        return this == NUMBER || this == MONEY;
    }
}
