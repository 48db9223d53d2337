package vn.cong.catalog.preset;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cong.catalog.Rule;
import vn.cong.tenancy.UnitLevel;

/**
 * The preset tables through one entity manager: what {@link PresetStore} does inside the platform, and what the
 * persistence tests run against MariaDB. A (code, version) is stored once; storing it again changes nothing.
 */
public final class PresetTables {

    /** What storing a preset version did. */
    public enum Outcome {
        ADDED,
        ALREADY_STORED,
        /** The stored version differs from the file: the file was edited instead of given a new version. Kept as stored. */
        STORED_VERSION_DIFFERS
    }

    private final EntityManager em;

    public PresetTables(EntityManager em) {
        this.em = em;
    }

    /** Stores a version not stored yet, as loaded at {@code loadedAt}. */
    public Outcome store(Preset preset, String checksum, Instant loadedAt) {
        Optional<PresetRecord> stored = record(preset.ref().code(), preset.ref().version());
        if (stored.isPresent()) {
            return stored.get().getChecksum().equals(checksum) ? Outcome.ALREADY_STORED : Outcome.STORED_VERSION_DIFFERS;
        }
        // no mapped relationships between these rows: flush parents before children, EclipseLink will not order them
        PresetRecord record = new PresetRecord(preset.ref(), checksum, loadedAt);
        em.persist(record);
        em.flush();
        Map<PresetCategoryRecord, PresetCategory> rows = new LinkedHashMap<>();
        for (Map.Entry<UnitLevel, List<PresetCategory>> level : preset.categoriesByLevel().entrySet()) {
            for (PresetCategory category : level.getValue()) {
                PresetCategoryRecord row = new PresetCategoryRecord(record.getId(), level.getKey(), category);
                em.persist(row);
                rows.put(row, category);
            }
        }
        em.flush();
        int order = 0;
        for (Rule rule : preset.portalRules()) {
            em.persist(new PresetRuleRecord(record.getId(), null, order++, rule));
        }
        rows.forEach((row, category) -> {
            int ruleOrder = 0;
            for (Rule rule : category.rules()) {
                em.persist(new PresetRuleRecord(record.getId(), row.getId(), ruleOrder++, rule));
            }
        });
        em.flush();
        return Outcome.ADDED;
    }

    public Optional<PresetRef> find(String code, int version) {
        return record(code, version).map(PresetRecord::ref);
    }

    /** Every stored version of {@code code}, oldest first. */
    public List<PresetRef> versions(String code) {
        return em.createQuery("select p from PresetRecord p where p.code = :c order by p.presetVersion",
                PresetRecord.class).setParameter("c", code).getResultList().stream().map(PresetRecord::ref).toList();
    }

    public List<PresetRef> all() {
        return em.createQuery("select p from PresetRecord p order by p.code, p.presetVersion", PresetRecord.class)
                .getResultList().stream().map(PresetRecord::ref).toList();
    }

    /** The levels a stored version covers. */
    public List<UnitLevel> levels(String code, int version) {
        return record(code, version).map(p -> em.createQuery("select distinct c.unitLevel from PresetCategoryRecord c"
                + " where c.presetId = :p", UnitLevel.class).setParameter("p", p.getId()).getResultList())
                .orElse(List.of());
    }

    /** A stored version at one level, its categories in tree order with their rules; empty if it has no such level. */
    public Optional<PresetLevel> level(String code, int version, UnitLevel level) {
        Optional<PresetRecord> preset = record(code, version);
        if (preset.isEmpty()) {
            return Optional.empty();
        }
        long presetId = preset.get().getId();
        List<PresetCategoryRecord> rows = em.createQuery("select c from PresetCategoryRecord c where c.presetId = :p"
                        + " and c.unitLevel = :l order by c.sortOrder", PresetCategoryRecord.class)
                .setParameter("p", presetId).setParameter("l", level).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, List<Rule>> rules = new HashMap<>();
        List<Rule> portalRules = new ArrayList<>();
        for (PresetRuleRecord rule : em.createQuery("select r from PresetRuleRecord r where r.presetId = :p"
                + " order by r.sortOrder", PresetRuleRecord.class).setParameter("p", presetId).getResultList()) {
            if (rule.getPresetCategoryId() == null) {
                portalRules.add(rule.toRule());
            } else {
                rules.computeIfAbsent(rule.getPresetCategoryId(), id -> new ArrayList<>()).add(rule.toRule());
            }
        }
        List<PresetCategory> categories = rows.stream()
                .map(row -> row.toCategory(rules.getOrDefault(row.getId(), List.of()))).toList();
        return Optional.of(new PresetLevel(preset.get().ref(), level, categories, portalRules));
    }

    /** Stored preset categories by id, with their rules (the origins of a unit's categories). */
    public Map<Long, PresetCategory> categories(Collection<Long> ids) {
        Map<Long, PresetCategory> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        Map<Long, List<Rule>> rules = new HashMap<>();
        em.createQuery("select r from PresetRuleRecord r where r.presetCategoryId in :ids order by r.sortOrder",
                        PresetRuleRecord.class).setParameter("ids", ids).getResultList()
                .forEach(r -> rules.computeIfAbsent(r.getPresetCategoryId(), id -> new ArrayList<>()).add(r.toRule()));
        em.createQuery("select c from PresetCategoryRecord c where c.id in :ids", PresetCategoryRecord.class)
                .setParameter("ids", ids).getResultList()
                .forEach(c -> found.put(c.getId(), c.toCategory(rules.getOrDefault(c.getId(), List.of()))));
        return found;
    }

    private Optional<PresetRecord> record(String code, int version) {
        return em.createQuery("select p from PresetRecord p where p.code = :c and p.presetVersion = :v",
                        PresetRecord.class).setParameter("c", code).setParameter("v", version)
                .getResultStream().findFirst();
    }
}
