package vn.cong.provisioning.register;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import vn.cong.platform.VietnameseText;

/**
 * An official reform's mapping from the old units to the new (the 2025 reorganisation: {@code merges.json} of
 * dvhcvn/20250701, shipped as {@link OfficialRegister#AFTER_2025_REFORM}): each new province with the old provinces
 * it is made of, each new commune with the old units it absorbed — wholly ({@code full}) or a part of
 * ({@code partial}: that old unit was shared out among several new ones).
 */
public record ReformMapping(String name, List<NewProvince> provinces) {

    public static final String REFORM_2025 = "dvhcvn-2025-07";

    public record Absorbed(String oldCode, String oldName, boolean full) {
    }

    public record NewCommune(String code, String name, List<Absorbed> absorbed) {
    }

    public record NewProvince(String code, String name, List<String> oldProvinceCodes, List<NewCommune> communes) {
    }

    public java.util.Optional<NewProvince> province(String code) {
        return provinces.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    /** The 2025 reform, as shipped. */
    public static ReformMapping reform2025() {
        try (InputStream in = OfficialRegister.class.getResourceAsStream(OfficialRegister.AFTER_2025_REFORM)) {
            if (in == null) {
                throw new IllegalStateException("no mapping " + OfficialRegister.AFTER_2025_REFORM);
            }
            return read(REFORM_2025, new GZIPInputStream(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReformMapping read(String name, InputStream json) {
        List<NewProvince> provinces = new ArrayList<>();
        try (JsonReader reader = Json.createReader(json)) {
            for (JsonValue p : reader.readObject().getJsonArray("data")) {
                JsonObject province = p.asJsonObject();
                List<String> oldProvinces = absorbed(province).stream().map(Absorbed::oldCode).toList();
                List<NewCommune> communes = new ArrayList<>();
                for (JsonValue c : province.getJsonArray("level2s")) {
                    JsonObject commune = c.asJsonObject();
                    communes.add(new NewCommune(commune.getString("level2_id"), name(commune), absorbed(commune)));
                }
                provinces.add(new NewProvince(province.getString("level1_id"), name(province), oldProvinces,
                        List.copyOf(communes)));
            }
        }
        return new ReformMapping(name, List.copyOf(provinces));
    }

    private static List<Absorbed> absorbed(JsonObject unit) {
        List<Absorbed> absorbed = new ArrayList<>();
        for (JsonValue m : unit.getJsonArray("merges")) {
            JsonObject merge = m.asJsonObject();
            absorbed.add(new Absorbed(merge.getString("old_id"), name(merge), "full".equals(merge.getString("type"))));
        }
        return List.copyOf(absorbed);
    }

    private static String name(JsonObject unit) {
        return VietnameseText.nfc(unit.getString("name")).strip().replaceAll("\\s+", " ");
    }
}
