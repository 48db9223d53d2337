package vn.cong.catalog.preset;

import vn.cong.platform.Vietnam;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import vn.cong.platform.DomainException;
import vn.cong.platform.SchemaReady;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitLevel;

/**
 * The regulation presets of the running platform. At start-up — before the demo data, which needs them — every
 * bundled file is stored once per (code, version); a version already stored is never rewritten (a file edited
 * instead of versioned is reported and ignored). Then answers which preset version a unit starts with and what a
 * version asks of a level.
 */
@ApplicationScoped
@Transactional
public class PresetStore {

    /** What a unit follows when neither it nor its parent names a preset: the national decree. */
    public static final String BASELINE = "nghi-dinh-42-2022";

    private static final Logger LOG = Logger.getLogger(PresetStore.class.getName());

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    Clock clock;

    private final java.util.concurrent.ConcurrentMap<String, Optional<PresetLevel>> levels =
            new java.util.concurrent.ConcurrentHashMap<>();

    private PresetTables tables() {
        return new PresetTables(entityManagers.platform());
    }

    void onSchemaReady(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE) SchemaReady ready) {
        loadBundled();
    }

    public void loadBundled() {
        PresetTables tables = tables();
        for (BundledPresets.Bundled bundled : BundledPresets.read()) {
            PresetTables.Outcome outcome = tables.store(bundled.preset(), bundled.checksum(), clock.instant());
            switch (outcome) {
                case ADDED -> LOG.info(() -> "CONG: catalog preset " + bundled.preset().ref().key() + " loaded");
                case STORED_VERSION_DIFFERS -> LOG.warning(() -> "CONG: " + bundled.file() + " differs from the stored "
                        + bundled.preset().ref().key() + "; a stored version is never rewritten — give the change a"
                        + " new version number. The stored version stays in use.");
                case ALREADY_STORED -> {
                }
            }
        }
    }

    /**
     * A stored version's level, read once: a stored version is never rewritten ({@link #loadBundled}), so every unit
     * opened from it — ten thousand in a country import — shares one copy instead of reading it again.
     */
    public Optional<PresetLevel> level(String code, int version, UnitLevel level) {
        String key = code + "@" + version + "/" + level.name();
        Optional<PresetLevel> known = levels.get(key);
        if (known != null) {
            return known;
        }
        Optional<PresetLevel> read = tables().level(code, version, level);
        if (read.isPresent()) {
            levels.put(key, read);
        }
        return read;
    }

    public Optional<PresetRef> find(String code, int version) {
        return tables().find(code, version);
    }

    public List<PresetRef> versions(String code) {
        return tables().versions(code);
    }

    public List<PresetRef> all() {
        return tables().all();
    }

    public Map<Long, PresetCategory> categories(Collection<Long> ids) {
        return tables().categories(ids);
    }

    /** The preset version a unit follows, if any (units opened before presets existed follow none). */
    public Optional<PresetLevel> followedBy(Unit unit) {
        return unit.getPresetCode() == null ? Optional.empty()
                : level(unit.getPresetCode(), unit.getPresetVersion(), unit.getLevel());
    }

    /**
     * The preset a new unit starts with: the one requested, else its parent's when that covers the unit's level, else
     * the national baseline — in each case the newest version in force today. 422 for an unknown code or one that
     * has nothing for the level.
     */
    public PresetLevel forNewUnit(String requested, Unit parent, UnitLevel level) {
        if (requested == null || requested.isBlank()) {
            if (parent != null && parent.getPresetCode() != null) {
                Optional<PresetLevel> parents = inForce(parent.getPresetCode(), level);
                if (parents.isPresent()) {
                    return parents.get();
                }
            }
        }
        String code = requested != null && !requested.isBlank() ? requested.strip() : BASELINE;
        List<PresetRef> versions = versions(code);
        if (versions.isEmpty()) {
            throw new DomainException(422, "catalog.preset.unknown", code);
        }
        return inForce(versions, level).orElseThrow(() -> new DomainException(422, "catalog.preset.level", code,
                level.name()));
    }

    /** The newest version of {@code code} in force today that covers {@code level}. */
    public Optional<PresetLevel> inForce(String code, UnitLevel level) {
        return inForce(versions(code), level);
    }

    private Optional<PresetLevel> inForce(List<PresetRef> versions, UnitLevel level) {
        LocalDate today = LocalDate.now(Vietnam.ZONE);
        return versions.stream().filter(v -> !v.effectiveDate().isAfter(today))
                .sorted(Comparator.comparingInt(PresetRef::version).reversed())
                .map(v -> level(v.code(), v.version(), level)).flatMap(Optional::stream).findFirst();
    }
}
