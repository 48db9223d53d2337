package vn.cong.catalog.preset;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.cong.catalog.ContentType;
import vn.cong.catalog.Deadline;
import vn.cong.catalog.Recurrence;
import vn.cong.catalog.RecurrenceKind;
import vn.cong.catalog.Retention;
import vn.cong.catalog.Rule;
import vn.cong.catalog.RuleCondition;
import vn.cong.catalog.Trigger;
import vn.cong.platform.VietnameseText;
import vn.cong.tenancy.UnitLevel;

/**
 * Reads and validates one preset file (JSON, read with Jakarta JSON-P). The shape, documented in
 * the catalog README beside this package: the preset's code, version, names, regulation, effective date and unit levels, an
 * optional default retention and portal-wide rules, then a tree of categories. A category applies to the levels of
 * its parent unless it names a subset ({@code "levels"}); its retention defaults to its parent's, then the
 * preset's; {@code mandatory} defaults to true. Anything missing or inconsistent is refused with the place in the
 * file, so that a wrong preset never reaches the database.
 */
public final class PresetFile {

    /** Kebab-case Vietnamese without diacritics, like the category codes in URLs. */
    public static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final int CODE_MAX = 64;

    private final String source;
    private final Map<UnitLevel, List<PresetCategory>> byLevel = new EnumMap<>(UnitLevel.class);
    private final Map<UnitLevel, Set<String>> codes = new EnumMap<>(UnitLevel.class);

    private PresetFile(String source) {
        this.source = source;
    }

    public static Preset parse(String source, byte[] content) {
        return new PresetFile(source).read(content);
    }

    private Preset read(byte[] content) {
        JsonObject root;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(content))) {
            root = reader.readObject();
        } catch (JsonException | ClassCastException e) {
            throw new PresetFormatException(source + ": not a JSON object: " + e.getMessage(), e);
        }
        String code = code(root, "code", "");
        int version = root.containsKey("version") && root.get("version").getValueType() == JsonValue.ValueType.NUMBER
                ? root.getInt("version") : 0;
        if (version < 1) {
            throw fail("", "a version of at least 1 is required");
        }
        PresetRef ref = new PresetRef(code, version, text(root, "nameVi", ""), text(root, "nameEn", ""),
                text(root, "regulation", ""), date(root, "effectiveDate"));
        Set<UnitLevel> levels = levels(root, "", EnumSet.allOf(UnitLevel.class));
        if (!root.containsKey("levels") || levels.isEmpty()) {
            throw fail("", "the unit levels the preset applies to are required");
        }
        levels.forEach(level -> {
            byLevel.put(level, new ArrayList<>());
            codes.put(level, new HashSet<>());
        });
        Retention retention = root.containsKey("defaultRetention")
                ? retention(text(root, "defaultRetention", ""), "defaultRetention") : null;
        List<Rule> portalRules = rules(root, "portalRules", "");
        JsonArray categories = array(root, "categories", "");
        for (int i = 0; i < categories.size(); i++) {
            category(object(categories, i, "categories"), "categories[" + i + "]", null, levels, retention);
        }
        byLevel.forEach((level, list) -> {
            if (list.isEmpty()) {
                throw fail("", "level " + level + " has no category");
            }
        });
        return new Preset(ref, byLevel, portalRules);
    }

    private void category(JsonObject json, String where, String parentCode, Set<UnitLevel> parentLevels,
                          Retention inherited) {
        String code = code(json, "code", where);
        String at = where + " (" + code + ")";
        Set<UnitLevel> levels = levels(json, at, parentLevels);
        if (!parentLevels.containsAll(levels)) {
            throw fail(at, "levels " + levels + " are not all levels of its parent " + parentLevels);
        }
        ContentType type;
        try {
            type = ContentType.valueOf(text(json, "type", at));
        } catch (IllegalArgumentException e) {
            throw fail(at, "unknown content type '" + json.getString("type") + "'");
        }
        Retention retention = json.containsKey("retention") ? retention(text(json, "retention", at), at) : inherited;
        List<Rule> rules = rules(json, "rules", at);
        for (UnitLevel level : levels) {
            if (!codes.get(level).add(code)) {
                throw fail(at, "code '" + code + "' appears twice at level " + level);
            }
            List<PresetCategory> list = byLevel.get(level);
            list.add(new PresetCategory(code, parentCode, list.size() * 10, text(json, "nameVi", at),
                    text(json, "nameEn", at), type, text(json, "basis", at), flag(json, "mandatory", true),
                    flag(json, "englishRequired", false), flag(json, "onHome", false), retention, rules, null));
        }
        if (json.containsKey("children")) {
            JsonArray children = array(json, "children", at);
            for (int i = 0; i < children.size(); i++) {
                category(object(children, i, at), at + ".children[" + i + "]", code, levels, retention);
            }
        }
    }

    private List<Rule> rules(JsonObject json, String key, String where) {
        if (!json.containsKey(key)) {
            return List.of();
        }
        JsonArray array = array(json, key, where);
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String at = where + "." + key + "[" + i + "]";
            JsonObject rule = object(array, i, where);
            try {
                rules.add(new Rule(
                        rule.containsKey("trigger") ? Trigger.valueOf(rule.getString("trigger")) : null,
                        rule.containsKey("condition") ? RuleCondition.valueOf(rule.getString("condition")) : null,
                        rule.containsKey("deadline") ? Deadline.parse(rule.getString("deadline")) : null,
                        rule.containsKey("recurrence") ? new Recurrence(
                                RecurrenceKind.valueOf(rule.getString("recurrence")), flag(rule, "alsoOnDaysOff", false))
                                : null,
                        rule.containsKey("basis") ? rule.getString("basis") : null));
            } catch (IllegalArgumentException | ClassCastException e) {
                throw fail(at, e.getMessage());
            }
        }
        return rules;
    }

    private Set<UnitLevel> levels(JsonObject json, String where, Set<UnitLevel> inherited) {
        if (!json.containsKey("levels")) {
            return inherited;
        }
        Set<UnitLevel> levels = EnumSet.noneOf(UnitLevel.class);
        for (JsonValue value : array(json, "levels", where)) {
            try {
                levels.add(UnitLevel.valueOf(((JsonString) value).getString()));
            } catch (IllegalArgumentException | ClassCastException e) {
                throw fail(where, "unknown unit level " + value);
            }
        }
        return levels;
    }

    private Retention retention(String notation, String where) {
        try {
            return Retention.parse(notation);
        } catch (IllegalArgumentException e) {
            throw fail(where, e.getMessage());
        }
    }

    private String code(JsonObject json, String key, String where) {
        String code = text(json, key, where);
        if (code.length() > CODE_MAX || !CODE.matcher(code).matches()) {
            throw fail(where, "code '" + code + "' is not kebab-case without diacritics (a-z, 0-9, -), at most "
                    + CODE_MAX + " characters");
        }
        return code;
    }

    private String text(JsonObject json, String key, String where) {
        JsonValue value = json.get(key);
        if (!(value instanceof JsonString string) || string.getString().isBlank()) {
            throw fail(where, "'" + key + "' is required");
        }
        return VietnameseText.nfc(string.getString());
    }

    private LocalDate date(JsonObject json, String key) {
        try {
            return LocalDate.parse(text(json, key, ""));
        } catch (DateTimeParseException e) {
            throw fail("", "'" + key + "' is not a date YYYY-MM-DD");
        }
    }

    private boolean flag(JsonObject json, String key, boolean otherwise) {
        JsonValue value = json.get(key);
        if (value == null) {
            return otherwise;
        }
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            throw fail(json.containsKey("code") ? String.valueOf(json.get("code")) : "", "'" + key + "' must be true or false");
        }
        return value == JsonValue.TRUE;
    }

    private JsonArray array(JsonObject json, String key, String where) {
        JsonValue value = json.get(key);
        if (!(value instanceof JsonArray array)) {
            throw fail(where, "'" + key + "' must be a list");
        }
        return array;
    }

    private JsonObject object(JsonArray array, int index, String where) {
        JsonValue value = array.get(index);
        if (!(value instanceof JsonObject object)) {
            throw fail(where + "[" + index + "]", "must be an object");
        }
        return object;
    }

    private PresetFormatException fail(String where, String problem) {
        return new PresetFormatException(source + (where.isEmpty() ? "" : ": " + where) + ": " + problem);
    }
}
