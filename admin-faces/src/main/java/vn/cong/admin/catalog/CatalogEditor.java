package vn.cong.admin.catalog;

import vn.cong.admin.shell.Labels;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import vn.cong.admin.shell.BackOffice;
import vn.cong.catalog.CatalogPolicy;
import vn.cong.catalog.CatalogService;
import vn.cong.catalog.CatalogUpgrade;
import vn.cong.catalog.Category;
import vn.cong.catalog.CategoryOrigin;
import vn.cong.catalog.CategoryRepository;
import vn.cong.catalog.ContentType;
import vn.cong.catalog.DeadlineKind;
import vn.cong.catalog.RecurrenceKind;
import vn.cong.catalog.Retention;
import vn.cong.catalog.RetentionKind;
import vn.cong.catalog.Rule;
import vn.cong.catalog.RuleCondition;
import vn.cong.catalog.RuleDraft;
import vn.cong.catalog.RuleWording;
import vn.cong.catalog.Trigger;
import vn.cong.catalog.UnitCatalog;
import vn.cong.catalog.preset.PresetRef;
import vn.cong.platform.DomainException;

/**
 * Danh mục thông tin: the unit's catalog as a tree, with what each category comes from; the selected category
 * ({@code ?id=}) edited — renamed, moved, hidden, its rules changed — and new categories added. Every change goes
 * through {@link CatalogService} (policy, override marks, audit). Unit administrators and the DIC administrator only.
 */
@Named
@ViewScoped
public class CatalogEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BackOffice backOffice;

    @Inject
    transient CatalogService catalog;

    @Inject
    transient CategoryRepository categories;

    @Inject
    transient CatalogUpgrade upgrade;

    private Long id;
    private TreeNode<CategoryRow> root;
    private List<SelectItem> parents;
    private String presetName;
    private boolean upgradeAvailable;

    private CategoryRow selected;
    private String nameVi;
    private String nameEn;
    private Long parentId;
    private int sortOrder;
    private boolean hidden;
    private boolean onHome;
    private List<RuleRow> rules = new ArrayList<>();
    private RetentionKind retentionKind;
    private Integer retentionYears;
    private String presetValues;

    private String newCode;
    private String newNameVi;
    private String newNameEn;
    private ContentType newType = ContentType.ARTICLE;
    private Long newParentId;

    /** View action: 403 for anyone but the unit's administrators; 404 for a category of no such id here. */
    public void load() {
        if (!CatalogPolicy.canEdit(backOffice.actor())) {
            BackOffice.fail(403);
            return;
        }
        String language = backOffice.getLanguage();
        List<Category> all = categories.all();
        Map<Long, List<Rule>> allRules = categories.rules();
        root = new DefaultTreeNode<>(null, null);
        Map<Long, TreeNode<CategoryRow>> nodes = new HashMap<>();
        Map<Long, Integer> depths = UnitCatalog.depths(all);
        parents = new ArrayList<>();
        parents.add(new SelectItem(null, Labels.get(language, "catalog.parent.none")));
        Set<Long> excluded = id == null ? Set.of() : UnitCatalog.subtreeOf(all, id);
        for (Category category : all) {
            CategoryRow row = row(category, allRules.getOrDefault(category.getId(), List.of()), language);
            TreeNode<CategoryRow> parent = nodes.getOrDefault(category.getParentId(), root);
            TreeNode<CategoryRow> node = new DefaultTreeNode<>(row, parent);
            node.setExpanded(true);
            nodes.put(category.getId(), node);
            if (!excluded.contains(category.getId())) {
                parents.add(new SelectItem(category.getId(),
                        "\u00a0\u00a0".repeat(depths.get(category.getId())) + category.name(language)));
            }
            if (category.getId().equals(id)) {
                select(category, row, allRules.getOrDefault(category.getId(), List.of()));
            }
        }
        if (id != null && selected == null) {
            BackOffice.fail(404);
            return;
        }
        PresetRef current = upgrade.current();
        presetName = current == null ? null : current.name(language) + " — " + current.regulation()
                + " (" + Labels.get(language, "catalog.preset.version") + " " + current.version() + ")";
        upgradeAvailable = !upgrade.candidates().isEmpty();
    }

    private void select(Category category, CategoryRow row, List<Rule> own) {
        selected = row;
        nameVi = category.getNameVi();
        nameEn = category.getNameEn();
        parentId = category.getParentId();
        sortOrder = category.getSortOrder();
        hidden = category.isHidden();
        onHome = category.isOnHome();
        rules = own.stream().map(RuleRow::of).collect(Collectors.toCollection(ArrayList::new));
        Retention retention = category.getRetention();
        retentionKind = retention == null ? null : retention.kind();
        retentionYears = retention == null || retention.years() == 0 ? null : retention.years();
        presetValues = catalog.origin(category).filter(p -> category.isChangedFromPreset())
                .map(p -> p.nameVi() + " / " + p.nameEn() + " · " + RuleWording.rules(p.rules(), backOffice.getLanguage()))
                .orElse(null);
    }

    private CategoryRow row(Category category, List<Rule> own, String language) {
        return new CategoryRow(category.getId(), category.getCode(), category.name(language),
                category.name("en".equals(language) ? "vi" : "en"), category.getContentType().displayName(language),
                RuleWording.legalBasis(category.getLegalBasis(), language), RuleWording.rules(own, language),
                RuleWording.retention(category.getRetention(), language), category.isHidden(),
                category.isChangedFromPreset(), category.getOrigin() == CategoryOrigin.LOCAL,
                category.getOrigin() == CategoryOrigin.RETIRED, category.isMandatory(), category.isEnglishRequired(),
                category.getLocalChanges().stream().map(f -> Labels.get(language, "field." + f.name()))
                        .collect(Collectors.joining(", ")));
    }

    public String save() {
        try {
            catalog.update(backOffice.actor(), id, new CatalogService.CategoryEdit(nameVi, nameEn, parentId, sortOrder,
                    hidden, onHome), backOffice.address());
            return done();
        } catch (DomainException e) {
            return backOffice.show(e);
        }
    }

    public String saveRules() {
        try {
            List<RuleDraft> drafts = rules.stream().map(RuleRow::toDraft).toList();
            catalog.replaceRules(backOffice.actor(), id, drafts, Retention.chosen(retentionKind, retentionYears),
                    backOffice.address());
            return done();
        } catch (DomainException e) {
            return backOffice.show(e);
        }
    }

    public String reset() {
        try {
            catalog.resetToPreset(backOffice.actor(), id, backOffice.address());
            return done();
        } catch (DomainException e) {
            return backOffice.show(e);
        }
    }

    public String add() {
        try {
            Category created = catalog.add(backOffice.actor(), new CatalogService.NewCategory(newCode, newNameVi,
                    newNameEn, newType, newParentId), backOffice.address());
            id = created.getId();
            return done();
        } catch (DomainException e) {
            return backOffice.show(e);
        }
    }

    public void addRule() {
        rules.add(new RuleRow());
    }

    public void removeRule(int index) {
        if (index >= 0 && index < rules.size()) {
            rules.remove(index);
        }
    }

    private String done() {
        Labels.flash(backOffice.getLanguage(), "catalog.saved");
        return "/admin/catalog.xhtml?faces-redirect=true" + (id == null ? "" : "&id=" + id);
    }

    public List<SelectItem> getContentTypes() {
        List<SelectItem> items = new ArrayList<>();
        for (ContentType type : ContentType.values()) {
            items.add(new SelectItem(type, type.displayName(backOffice.getLanguage())));
        }
        return items;
    }

    /** The options of an enum select, labelled from the {@code adm} bundle ({@code prefix + NAME}). */
    public List<SelectItem> options(String prefix, String enumName) {
        List<SelectItem> items = new ArrayList<>();
        items.add(new SelectItem(null, "—"));
        for (Enum<?> value : enumValues(enumName)) {
            items.add(new SelectItem(value, Labels.get(backOffice.getLanguage(), prefix + value.name())));
        }
        return items;
    }

    private static Enum<?>[] enumValues(String name) {
        return switch (name) {
            case "trigger" -> Trigger.values();
            case "condition" -> RuleCondition.values();
            case "deadline" -> DeadlineKind.values();
            case "recurrence" -> RecurrenceKind.values();
            case "retention" -> RetentionKind.values();
            default -> throw new IllegalArgumentException(name);
        };
    }

    public TreeNode<CategoryRow> getRoot() {
        return root;
    }

    public List<SelectItem> getParents() {
        return parents;
    }

    public String getPresetName() {
        return presetName;
    }

    public boolean isUpgradeAvailable() {
        return upgradeAvailable;
    }

    public CategoryRow getSelected() {
        return selected;
    }

    public String getPresetValues() {
        return presetValues;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getNameVi() {
        return nameVi;
    }

    public void setNameVi(String nameVi) {
        this.nameVi = nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public boolean isHidden() {
        return hidden;
    }

    public void setHidden(boolean hidden) {
        this.hidden = hidden;
    }

    public boolean isOnHome() {
        return onHome;
    }

    public void setOnHome(boolean onHome) {
        this.onHome = onHome;
    }

    public List<RuleRow> getRules() {
        return rules;
    }

    public RetentionKind getRetentionKind() {
        return retentionKind;
    }

    public void setRetentionKind(RetentionKind retentionKind) {
        this.retentionKind = retentionKind;
    }

    public Integer getRetentionYears() {
        return retentionYears;
    }

    public void setRetentionYears(Integer retentionYears) {
        this.retentionYears = retentionYears;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewNameVi() {
        return newNameVi;
    }

    public void setNewNameVi(String newNameVi) {
        this.newNameVi = newNameVi;
    }

    public String getNewNameEn() {
        return newNameEn;
    }

    public void setNewNameEn(String newNameEn) {
        this.newNameEn = newNameEn;
    }

    public ContentType getNewType() {
        return newType;
    }

    public void setNewType(ContentType newType) {
        this.newType = newType;
    }

    public Long getNewParentId() {
        return newParentId;
    }

    public void setNewParentId(Long newParentId) {
        this.newParentId = newParentId;
    }
}
