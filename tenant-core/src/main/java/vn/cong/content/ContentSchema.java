package vn.cong.content;

import java.util.List;
import java.util.Optional;
import vn.cong.catalog.ContentType;

/** The structured fields of one content type, in the order forms and pages show them. */
public record ContentSchema(ContentType type, String legalBasis, List<FieldDefinition> fields) {

    public ContentSchema {
        fields = List.copyOf(fields);
    }

    public Optional<FieldDefinition> field(String code) {
        return fields.stream().filter(f -> f.code().equals(code)).findFirst();
    }
}
