package vn.cong.content;

import java.util.List;
import java.util.Optional;
import vn.cong.catalog.Trigger;

/**
 * One structured field of a content type, as the schema file declares it: code, labels, kind, whether it is
 * required and searchable, the values of an ENUM, the {@link Trigger} a DATE carries for the compliance engine,
 * and the DATE field it may not fall before ({@code notBefore}).
 */
public record FieldDefinition(String code, String labelVi, String labelEn, FieldKind kind, boolean required,
                              boolean searchable, List<EnumValue> values, Trigger trigger, String notBefore) {

    public FieldDefinition {
        values = values == null ? List.of() : List.copyOf(values);
        if (kind == FieldKind.ENUM && values.isEmpty()) {
            throw new IllegalArgumentException("ENUM field " + code + " lists no values");
        }
        if (trigger != null && kind != FieldKind.DATE) {
            throw new IllegalArgumentException("Only a DATE field carries a trigger: " + code);
        }
    }

    public String label(String language) {
        return "en".equals(language) ? labelEn : labelVi;
    }

    public Optional<EnumValue> value(String valueCode) {
        return values.stream().filter(v -> v.code().equals(valueCode)).findFirst();
    }

    /** How a stored value reads for people: the label of an ENUM value, a date as dd/MM/yyyy, else the text. */
    public String display(String stored, String language) {
        if (stored == null) {
            return "";
        }
        return switch (kind) {
            case ENUM -> value(stored).map(v -> v.label(language)).orElse(stored);
            case DATE -> FieldValues.displayDate(stored);
            case MONEY -> FieldValues.displayMoney(stored, language);
            default -> stored;
        };
    }
}
