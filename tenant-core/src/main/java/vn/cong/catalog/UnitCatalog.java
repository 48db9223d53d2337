package vn.cong.catalog;

import jakarta.persistence.EntityManager;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.cong.catalog.preset.PresetCategory;
import vn.cong.catalog.preset.PresetLevel;

/**
 * One unit's catalog through an entity manager bound to that unit (EclipseLink filters every query by it): the
 * category tree, its rules, instantiation from a preset version and the application of an {@link UpgradePlan}.
 * {@link CategoryRepository} uses it inside the platform; the persistence tests use it against MariaDB.
 */
public final class UnitCatalog {

    private final EntityManager em;

    public UnitCatalog(EntityManager em) {
        this.em = em;
    }

    /** Every category, hidden ones included, in tree order: each parent followed by its children, by sort order. */
    public List<Category> all() {
        return treeOrder(em.createQuery("select c from Category c order by c.sortOrder, c.id", Category.class)
                .getResultList());
    }

    /** The citizen menu: visible top-level categories in order — one indexed query, it runs on every page. */
    public List<Category> menu() {
        return em.createQuery("select c from Category c where c.parentId is null and c.hidden = false"
                + " order by c.sortOrder, c.id", Category.class).getResultList();
    }

    public List<Category> visibleChildren(long parentId) {
        return em.createQuery("select c from Category c where c.parentId = :p and c.hidden = false"
                + " order by c.sortOrder, c.id", Category.class).setParameter("p", parentId).getResultList();
    }

    public Optional<Category> find(long id) {
        return Optional.ofNullable(em.find(Category.class, id));
    }

    public Optional<Category> byCode(String code) {
        return em.createQuery("select c from Category c where c.code = :c", Category.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    public void add(Category category) {
        em.persist(category);
    }

    /** Rules of every category, by category id, each list in order. */
    public Map<Long, List<Rule>> rules() {
        Map<Long, List<Rule>> rules = new HashMap<>();
        em.createQuery("select r from CategoryRule r order by r.categoryId, r.sortOrder", CategoryRule.class)
                .getResultList().forEach(r -> rules.computeIfAbsent(r.getCategoryId(), id -> new ArrayList<>())
                        .add(r.toRule()));
        return rules;
    }

    public List<Rule> rules(long categoryId) {
        return em.createQuery("select r from CategoryRule r where r.categoryId = :c order by r.sortOrder",
                CategoryRule.class).setParameter("c", categoryId).getResultList().stream().map(CategoryRule::toRule)
                .toList();
    }

    public void replaceRules(Category category, RuleSet rules) {
        em.createQuery("select r from CategoryRule r where r.categoryId = :c", CategoryRule.class)
                .setParameter("c", category.getId()).getResultList().forEach(em::remove);
        int order = 0;
        for (Rule rule : rules.rules()) {
            em.persist(new CategoryRule(category.getId(), order++, rule));
        }
        category.setRetention(rules.retention());
    }

    /** Creates the unit's catalog from a preset version at its level (the unit has no category yet). */
    public void instantiate(PresetLevel level) {
        create(level.categories(), new HashMap<>());
    }

    /** What the upgrade planner needs to know of every category. */
    public List<CategorySnapshot> snapshot() {
        List<Category> categories = all();
        Map<Long, String> codes = new HashMap<>();
        categories.forEach(c -> codes.put(c.getId(), c.getCode()));
        Map<Long, List<Rule>> rules = rules();
        return categories.stream().map(c -> new CategorySnapshot(c.getId(), c.getCode(),
                c.getParentId() == null ? null : codes.get(c.getParentId()), c.getNameVi(), c.getNameEn(),
                c.isHidden(), c.isOnHome(), c.getContentType(), c.getLegalBasis(), c.isMandatory(),
                c.isEnglishRequired(), new RuleSet(rules.getOrDefault(c.getId(), List.of()), c.getRetention()),
                c.getOrigin(), c.getPresetCategoryId(), c.getLocalChanges())).toList();
    }

    /**
     * Applies a plan made by {@link UpgradePlanner} for this unit: creates, hides, changes and relinks — never
     * deletes a category or an item. Returns the categories it created.
     */
    public List<Category> apply(UpgradePlan plan) {
        Map<String, Category> byCode = new LinkedHashMap<>();
        all().forEach(c -> byCode.put(c.getCode(), c));
        List<Category> created = create(plan.of(UpgradePlan.Kind.ADDED).stream().map(UpgradePlan.Entry::target)
                .toList(), byCode);
        for (UpgradePlan.Entry entry : plan.entries()) {
            Category category = byCode.get(entry.code());
            switch (entry.kind()) {
                case REMOVED -> category.retire();
                case CHANGED, ADOPTED, UNCHANGED -> follow(category, entry, byCode);
                case ADDED -> {
                }
            }
        }
        em.flush();
        return created;
    }

    private void follow(Category category, UpgradePlan.Entry entry, Map<String, Category> byCode) {
        PresetCategory target = entry.target();
        boolean adopted = entry.kind() == UpgradePlan.Kind.ADOPTED;
        if (adopted && category.isHidden()) {
            category.markLocalChange(CategoryField.VISIBILITY, true);
        }
        boolean positionKept = category.overrides(CategoryField.POSITION);
        for (UpgradePlan.FieldChange change : entry.changes()) {
            if (change.keptLocal()) {
                category.markLocalChange(change.field(), true);
                positionKept |= change.field() == CategoryField.POSITION;
                continue;
            }
            switch (change.field()) {
                case NAME -> category.rename(target.nameVi(), target.nameEn());
                case ON_HOME -> category.setOnHome(target.onHome());
                case RULES -> replaceRules(category, new RuleSet(target.rules(), target.retention()));
                case VISIBILITY -> category.setHidden(false);
                case POSITION, CONTENT_TYPE, LEGAL_BASIS, MANDATORY, ENGLISH_REQUIRED -> {
                }
            }
        }
        if (!positionKept) {
            Category parent = target.parentCode() == null ? null : byCode.get(target.parentCode());
            category.moveTo(parent == null ? null : parent.getId(), target.sortOrder());
        }
        category.followLaw(target);
    }

    /**
     * Creates categories from preset rows (parents before children, as presets list them) with their rules. No mapped
     * relationship links these rows, so EclipseLink would not order the inserts: a parent is flushed before its
     * first child — once per level of the tree, not once per category (a flush walks everything the transaction
     * holds; a new portal's 35 categories flushed one by one were a sixth of a country import).
     */
    private List<Category> create(List<PresetCategory> definitions, Map<String, Category> byCode) {
        List<Category> created = new ArrayList<>();
        java.util.Set<String> unwritten = new java.util.HashSet<>();
        for (PresetCategory definition : definitions) {
            Category parent = definition.parentCode() == null ? null : byCode.get(definition.parentCode());
            if (parent != null && unwritten.contains(parent.getCode())) {
                em.flush();
                unwritten.clear();
            }
            Category category = Category.fromPreset(definition, parent == null ? null : parent.getId());
            em.persist(category);
            unwritten.add(category.getCode());
            byCode.put(category.getCode(), category);
            created.add(category);
        }
        em.flush();
        for (int i = 0; i < definitions.size(); i++) {
            int order = 0;
            for (Rule rule : definitions.get(i).rules()) {
                em.persist(new CategoryRule(created.get(i).getId(), order++, rule));
            }
        }
        em.flush();
        return created;
    }

    /** Depth-first: roots (or orphans) in order, each followed by its subtree. */
    static List<Category> treeOrder(List<Category> categories) {
        Map<Long, List<Category>> children = new HashMap<>();
        Map<Long, Category> byId = new HashMap<>();
        categories.forEach(c -> byId.put(c.getId(), c));
        List<Category> roots = new ArrayList<>();
        for (Category category : categories) {
            if (category.getParentId() == null || !byId.containsKey(category.getParentId())) {
                roots.add(category);
            } else {
                children.computeIfAbsent(category.getParentId(), id -> new ArrayList<>()).add(category);
            }
        }
        Comparator<Category> order = Comparator.comparingInt(Category::getSortOrder).thenComparing(Category::getId);
        roots.sort(order);
        children.values().forEach(list -> list.sort(order));
        List<Category> ordered = new ArrayList<>();
        roots.forEach(root -> visit(root, children, ordered));
        return ordered;
    }

    private static void visit(Category category, Map<Long, List<Category>> children, List<Category> ordered) {
        ordered.add(category);
        children.getOrDefault(category.getId(), List.of()).forEach(child -> visit(child, children, ordered));
    }

    /** {@code top} and every category below it, whatever the order of {@code all}: where {@code top} may not move. */
    public static Set<Long> subtreeOf(List<Category> all, long top) {
        Map<Long, List<Long>> children = new HashMap<>();
        for (Category category : all) {
            if (category.getParentId() != null) {
                children.computeIfAbsent(category.getParentId(), id -> new ArrayList<>()).add(category.getId());
            }
        }
        Set<Long> subtree = new HashSet<>();
        Deque<Long> pending = new ArrayDeque<>(List.of(top));
        while (!pending.isEmpty()) {
            long id = pending.pop();
            if (subtree.add(id)) {
                pending.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return subtree;
    }

    /** How deep each category sits (0 for the top level), for indentation. */
    public static Map<Long, Integer> depths(List<Category> treeOrdered) {
        Map<Long, Integer> depths = new HashMap<>();
        for (Category category : treeOrdered) {
            Integer parentDepth = category.getParentId() == null ? null : depths.get(category.getParentId());
            depths.put(category.getId(), parentDepth == null ? 0 : parentDepth + 1);
        }
        return depths;
    }
}
