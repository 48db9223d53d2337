package vn.cong.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.cong.audit.AuditEvent;
import vn.cong.audit.AuditLog;
import vn.cong.catalog.preset.PresetCategory;
import vn.cong.catalog.preset.PresetFile;
import vn.cong.catalog.preset.PresetStore;
import vn.cong.platform.ContentChanged;
import vn.cong.identity.Actor;
import vn.cong.platform.DomainException;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.platform.VietnameseText;

/**
 * Everything a unit administrator does to the unit's catalog in the catalog editor — add, rename, move, hide,
 * change rules, go back to the preset — in one transaction each: check the policy, change, record which fields now
 * differ from the preset, write the audit line, and tell the page cache (the menu and the public catalog change).
 */
@ApplicationScoped
@Transactional
public class CatalogService {

    public static final String SUBJECT = "CATEGORY";

    @Inject
    CategoryRepository categories;

    @Inject
    PresetStore presets;

    @Inject
    AuditLog audit;

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    Event<ContentChanged> contentChanged;

    /** What a person may change of a category at once in the editor. */
    public record CategoryEdit(String nameVi, String nameEn, Long parentId, int sortOrder, boolean hidden,
                               boolean onHome) {
    }

    /** A category the unit adds itself. */
    public record NewCategory(String code, String nameVi, String nameEn, ContentType contentType, Long parentId) {
    }

    public Category add(Actor actor, NewCategory request, String address) {
        requireEditor(actor);
        String code = request.code() == null ? "" : request.code().strip();
        if (code.length() > 64 || !PresetFile.CODE.matcher(code).matches()) {
            throw new DomainException(422, "catalog.code.invalid", code);
        }
        if (categories.byCode(code).isPresent()) {
            throw new DomainException(409, "catalog.code.taken", code);
        }
        requireNames(request.nameVi(), request.nameEn());
        if (request.contentType() == null) {
            throw new DomainException(422, "catalog.type.required");
        }
        Long parentId = request.parentId() == null ? null : require(request.parentId()).getId();
        int order = categories.all().stream().filter(c -> Objects.equals(c.getParentId(), parentId))
                .mapToInt(Category::getSortOrder).max().orElse(-10) + 10;
        Category category = new Category(code, request.nameVi(), request.nameEn(), request.contentType(), order, false);
        category.moveTo(parentId, order);
        categories.add(category);
        entityManagers.flushUnique(() -> new DomainException(409, "catalog.code.taken", code));
        record(actor, address, "CATEGORY_ADD", category, category.getNameVi());
        return category;
    }

    public Category update(Actor actor, long id, CategoryEdit edit, String address) {
        requireEditor(actor);
        Category category = require(id);
        requireNames(edit.nameVi(), edit.nameEn());
        if (edit.parentId() != null) {
            requireNoCycle(category, require(edit.parentId()));
        }
        List<String> changes = new ArrayList<>();
        String nameVi = VietnameseText.nfc(edit.nameVi());
        String nameEn = VietnameseText.nfc(edit.nameEn());
        if (!nameVi.equals(category.getNameVi()) || !nameEn.equals(category.getNameEn())) {
            changes.add(category.getNameVi() + " / " + category.getNameEn() + " → " + nameVi + " / " + nameEn);
            category.rename(nameVi, nameEn);
        }
        if (!Objects.equals(edit.parentId(), category.getParentId()) || edit.sortOrder() != category.getSortOrder()) {
            changes.add("parent " + codeOf(category.getParentId()) + " #" + category.getSortOrder() + " → "
                    + codeOf(edit.parentId()) + " #" + edit.sortOrder());
            category.moveTo(edit.parentId(), edit.sortOrder());
        }
        if (edit.hidden() != category.isHidden()) {
            changes.add(edit.hidden() ? "hidden" : "shown");
            category.setHidden(edit.hidden());
        }
        if (edit.onHome() != category.isOnHome()) {
            changes.add(edit.onHome() ? "on home page" : "off home page");
            category.setOnHome(edit.onHome());
        }
        if (!changes.isEmpty()) {
            compareWithPreset(category);
            record(actor, address, "CATEGORY_UPDATE", category, String.join("; ", changes));
        }
        return category;
    }

    /** Replaces a category's rules and retention (drafts checked line by line, 422 naming the line). */
    public Category replaceRules(Actor actor, long id, List<RuleDraft> drafts, Retention retention, String address) {
        requireEditor(actor);
        Category category = require(id);
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            rules.add(drafts.get(i).toRule(i + 1));
        }
        RuleSet before = new RuleSet(categories.rules(id), category.getRetention());
        RuleSet after = new RuleSet(rules, retention);
        if (!before.equals(after)) {
            categories.replaceRules(category, after);
            compareWithPreset(category);
            record(actor, address, "CATEGORY_RULES", category,
                    RuleWording.rules(rules, "vi") + " · " + RuleWording.retention(retention, "vi"));
        }
        return category;
    }

    /** Gives a preset category back its preset values: names, position, visibility, home page, rules. */
    public Category resetToPreset(Actor actor, long id, String address) {
        requireEditor(actor);
        Category category = require(id);
        PresetCategory preset = origin(category)
                .orElseThrow(() -> new DomainException(409, "catalog.reset.no-preset", category.getCode()));
        category.rename(preset.nameVi(), preset.nameEn());
        Long parentId = preset.parentCode() == null ? null
                : categories.byCode(preset.parentCode()).map(Category::getId).orElse(null);
        category.moveTo(parentId, preset.sortOrder());
        category.setHidden(false);
        category.setOnHome(preset.onHome());
        categories.replaceRules(category, new RuleSet(preset.rules(), preset.retention()));
        compareWithPreset(category);
        record(actor, address, "CATEGORY_RESET", category, "→ " + preset.nameVi());
        return category;
    }

    /** The preset row a category came from, if it still follows one. */
    public Optional<PresetCategory> origin(Category category) {
        if (category.getOrigin() != CategoryOrigin.PRESET || category.getPresetCategoryId() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(presets.categories(List.of(category.getPresetCategoryId()))
                .get(category.getPresetCategoryId()));
    }

    /** Records, field by field, whether the category now differs from its preset row. */
    private void compareWithPreset(Category category) {
        Optional<PresetCategory> preset = origin(category);
        if (preset.isEmpty()) {
            return;
        }
        PresetCategory p = preset.get();
        category.markLocalChange(CategoryField.NAME,
                !p.nameVi().equals(category.getNameVi()) || !p.nameEn().equals(category.getNameEn()));
        category.markLocalChange(CategoryField.POSITION, !Objects.equals(p.parentCode(), codeOrNull(category.getParentId()))
                || p.sortOrder() != category.getSortOrder());
        category.markLocalChange(CategoryField.VISIBILITY, category.isHidden());
        category.markLocalChange(CategoryField.ON_HOME, p.onHome() != category.isOnHome());
        category.markLocalChange(CategoryField.RULES, !new RuleSet(p.rules(), p.retention())
                .equals(new RuleSet(categories.rules(category.getId()), category.getRetention())));
    }

    private void requireNoCycle(Category category, Category parent) {
        for (Category at = parent; at != null; at = at.getParentId() == null ? null : require(at.getParentId())) {
            if (at.getId().equals(category.getId())) {
                throw new DomainException(422, "catalog.parent.cycle", category.getCode());
            }
        }
    }

    private Category require(long id) {
        return categories.find(id).orElseThrow(() -> new DomainException(404, "catalog.category.not-found", id));
    }

    private String codeOf(Long id) {
        return id == null ? "—" : codeOrNull(id);
    }

    private String codeOrNull(Long id) {
        return id == null ? null : categories.find(id).map(Category::getCode).orElse(null);
    }

    private static void requireNames(String nameVi, String nameEn) {
        if (nameVi == null || nameVi.isBlank() || nameEn == null || nameEn.isBlank()
                || nameVi.length() > 255 || nameEn.length() > 255) {
            throw new DomainException(422, "catalog.name.required");
        }
    }

    private static void requireEditor(Actor actor) {
        if (!CatalogPolicy.canEdit(actor)) {
            throw new DomainException(403, "catalog.forbidden");
        }
    }

    private void record(Actor actor, String address, String action, Category category, String detail) {
        audit.record(new AuditEvent(actor.accountId(), actor.username(), address, action, SUBJECT, category.getId(),
                null, null, category.getCode() + ": " + detail));
        contentChanged.fire(new ContentChanged(actor.unitId()));
    }
}
