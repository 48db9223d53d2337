package vn.cong.content;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.cong.catalog.ContentType;
import vn.cong.catalog.Trigger;

/**
 * The field schemas of the structured content types, read once from {@code catalog/content-schemas.json}: a new
 * field, or a new structured type, is a change of that file. A type without a schema (articles, pages) has no
 * structured fields. The file is checked when read: unknown kinds, triggers, types or {@code notBefore} targets,
 * duplicate codes and ENUMs without values stop the start with the place named.
 */
public final class ContentSchemas {

    static final String RESOURCE = "/catalog/content-schemas.json";

    private static final Map<ContentType, ContentSchema> SCHEMAS = load();

    private ContentSchemas() {
    }

    public static Optional<ContentSchema> forType(ContentType type) {
        return Optional.ofNullable(type == null ? null : SCHEMAS.get(type));
    }

    public static Map<ContentType, ContentSchema> all() {
        return SCHEMAS;
    }

    private static Map<ContentType, ContentSchema> load() {
        try (InputStream in = ContentSchemas.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from tenant-core");
            }
            try (JsonReader reader = Json.createReader(in)) {
                return parse(reader.readObject());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<ContentType, ContentSchema> parse(JsonObject root) {
        Map<ContentType, ContentSchema> schemas = new EnumMap<>(ContentType.class);
        for (JsonValue typeValue : root.getJsonArray("types")) {
            JsonObject type = typeValue.asJsonObject();
            ContentType contentType = ContentType.valueOf(type.getString("type"));
            List<FieldDefinition> fields = new ArrayList<>();
            Set<String> codes = new HashSet<>();
            for (JsonValue fieldValue : type.getJsonArray("fields")) {
                FieldDefinition field = field(fieldValue.asJsonObject(), contentType);
                if (!codes.add(field.code())) {
                    throw new IllegalStateException(contentType + ": field " + field.code() + " appears twice");
                }
                fields.add(field);
            }
            for (FieldDefinition field : fields) {
                if (field.notBefore() != null && fields.stream().noneMatch(
                        f -> f.code().equals(field.notBefore()) && f.kind() == FieldKind.DATE)) {
                    throw new IllegalStateException(contentType + "." + field.code() + ": notBefore names no DATE field");
                }
            }
            if (schemas.put(contentType, new ContentSchema(contentType, type.getString("basis", ""), fields)) != null) {
                throw new IllegalStateException(contentType + " has two schemas");
            }
        }
        return Map.copyOf(schemas);
    }

    private static FieldDefinition field(JsonObject json, ContentType type) {
        String code = json.getString("code");
        try {
            List<EnumValue> values = new ArrayList<>();
            if (json.containsKey("values")) {
                for (JsonValue v : json.getJsonArray("values")) {
                    JsonObject value = v.asJsonObject();
                    values.add(new EnumValue(value.getString("code"), value.getString("vi"), value.getString("en")));
                }
            }
            return new FieldDefinition(code, json.getString("vi"), json.getString("en"),
                    FieldKind.valueOf(json.getString("kind")), json.getBoolean("required", false),
                    json.getBoolean("searchable", false), values,
                    json.containsKey("trigger") ? Trigger.valueOf(json.getString("trigger")) : null,
                    json.get("notBefore") instanceof JsonString s ? s.getString() : null);
        } catch (RuntimeException e) {
            throw new IllegalStateException(type + "." + code + ": " + e.getMessage(), e);
        }
    }
}
