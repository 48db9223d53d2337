package vn.cong.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One structured field as a page shows it: its label and its value in words (an ENUM's label, a date as
 * dd/MM/yyyy, an amount in đồng), with what a link needs — a file's attachment id, a web address.
 */
public record ShownField(String code, String label, String value, FieldKind kind, String stored) {

    public boolean isFile() {
        return kind == FieldKind.FILE;
    }

    public boolean isLink() {
        return kind == FieldKind.URL;
    }

    static List<ShownField> of(ContentSchema schema, Map<String, String> values, String language) {
        List<ShownField> shown = new ArrayList<>();
        for (FieldDefinition field : schema.fields()) {
            String stored = values.get(field.code());
            if (stored != null) {
                shown.add(new ShownField(field.code(), field.label(language), field.display(stored, language),
                        field.kind(), stored));
            }
        }
        return shown;
    }
}
