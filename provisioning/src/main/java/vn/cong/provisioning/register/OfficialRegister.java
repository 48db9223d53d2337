package vn.cong.provisioning.register;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import vn.cong.platform.VietnameseText;
import vn.cong.tenancy.UnitLevel;

/**
 * Vietnam's official list of administrative units at one date, as shipped with the platform (see the provisioning
 * README for sources and licences): {@link #BEFORE_2025_REFORM} — 63 provinces, 696 districts, 10,047 communes as
 * of 2025-03-01 — and {@link #AFTER_2025_REFORM} — 34 provinces and 3,321 communes from 2025-07-01, without
 * districts. Codes are the General Statistics Office's.
 */
public final class OfficialRegister {

    public static final String BEFORE_2025_REFORM = "dvhcvn-2025-03.json.gz";
    public static final String AFTER_2025_REFORM = "dvhcvn-2025-07-merges.json.gz";

    private final Map<String, OfficialUnit> byCode;
    private final Map<String, List<OfficialUnit>> byParent = new HashMap<>();

    private OfficialRegister(Map<String, OfficialUnit> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
        byCode.values().forEach(unit -> byParent.computeIfAbsent(parentKey(unit.parentCode()), k -> new ArrayList<>())
                .add(unit));
    }

    private static String parentKey(String parentCode) {
        return parentCode == null ? "" : parentCode;
    }

    /** One of the shipped lists. */
    public static OfficialRegister shipped(String name) {
        try (InputStream in = OfficialRegister.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no official list " + name);
            }
            return read(name.endsWith(".gz") ? new GZIPInputStream(in) : in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the JSON of either shape: provinces with {@code level2s} (districts) holding {@code level3s} (communes),
     * or, after the reform, provinces whose {@code level2s} are communes.
     */
    public static OfficialRegister read(InputStream json) {
        Map<String, OfficialUnit> units = new LinkedHashMap<>();
        for (OfficialUnit unit : rows(json)) {
            add(units, unit);
        }
        return new OfficialRegister(units);
    }

    /**
     * The units of a list as they come, parents before their children, duplicates kept (an uploaded list is checked
     * row by row); {@link jakarta.json.JsonException} or {@link ClassCastException} / {@link NullPointerException}
     * for a file that is not such a list.
     */
    public static List<OfficialUnit> rows(InputStream json) {
        List<OfficialUnit> units = new ArrayList<>();
        try (JsonReader reader = Json.createReader(json)) {
            for (JsonValue p : reader.readObject().getJsonArray("data")) {
                JsonObject province = p.asJsonObject();
                String provinceCode = province.getString("level1_id");
                units.add(new OfficialUnit(provinceCode, name(province), UnitLevel.PROVINCE, null));
                for (JsonValue second : province.getJsonArray("level2s")) {
                    JsonObject unit = second.asJsonObject();
                    String code = unit.getString("level2_id");
                    boolean hasCommunes = unit.containsKey("level3s");
                    UnitLevel level = hasCommunes || isDistrictType(unit) ? UnitLevel.DISTRICT : UnitLevel.COMMUNE;
                    units.add(new OfficialUnit(code, name(unit), level, provinceCode));
                    if (hasCommunes) {
                        for (JsonValue third : unit.getJsonArray("level3s")) {
                            JsonObject commune = third.asJsonObject();
                            units.add(new OfficialUnit(commune.getString("level3_id"), name(commune),
                                    UnitLevel.COMMUNE, code));
                        }
                    }
                }
            }
        }
        return units;
    }

    private static boolean isDistrictType(JsonObject unit) {
        String type = unit.getString("type", "");
        return List.of("Huyện", "Quận", "Thị xã", "Thành phố").contains(VietnameseText.nfc(type));
    }

    private static String name(JsonObject unit) {
        return VietnameseText.nfc(unit.getString("name")).strip().replaceAll("\\s+", " ");
    }

    private static void add(Map<String, OfficialUnit> units, OfficialUnit unit) {
        if (units.putIfAbsent(unit.code(), unit) != null) {
            throw new IllegalArgumentException("the official code " + unit.code() + " appears twice");
        }
    }

    public List<OfficialUnit> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<OfficialUnit> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The units directly under {@code parentCode} (null: the provinces), in the list's order. */
    public List<OfficialUnit> childrenOf(String parentCode) {
        return List.copyOf(byParent.getOrDefault(parentKey(parentCode), List.of()));
    }

    public long count(UnitLevel level) {
        return byCode.values().stream().filter(u -> u.level() == level).count();
    }
}
