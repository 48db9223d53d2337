package vn.cong.admin.catalog;

import vn.cong.admin.shell.Labels;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.cong.admin.shell.BackOffice;
import vn.cong.catalog.CatalogPolicy;
import vn.cong.catalog.CatalogUpgrade;
import vn.cong.catalog.ContentType;
import vn.cong.catalog.RuleSet;
import vn.cong.catalog.RuleWording;
import vn.cong.catalog.UpgradePlan;
import vn.cong.catalog.preset.PresetRef;
import vn.cong.platform.DomainException;

/**
 * Chuyển phiên bản bộ mẫu: choose a newer version of the unit's preset, read what would change — added, dropped
 * (hidden, items kept) and changed categories, the unit's own changes marked as kept — then apply it.
 */
@Named
@ViewScoped
public class CatalogUpgradePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    transient BackOffice backOffice;

    @Inject
    transient CatalogUpgrade upgrade;

    private String current;
    private List<SelectItem> targets;
    private String target;
    private List<ChangeRow> changes;
    private boolean previewed;

    /** One line of the preview, in the person's language. */
    public record ChangeRow(String kind, String code, String name, String field, String before, String after,
                            boolean keptLocal) implements Serializable {
    }

    public void load() {
        if (!CatalogPolicy.canEdit(backOffice.actor())) {
            BackOffice.fail(403);
            return;
        }
        String language = backOffice.getLanguage();
        PresetRef followed = upgrade.current();
        current = followed == null ? Labels.get(language, "catalog.preset.none") : describe(followed, language);
        targets = new ArrayList<>();
        for (PresetRef candidate : upgrade.candidates()) {
            targets.add(new SelectItem(candidate.key(), describe(candidate, language)));
        }
        if (target == null && !targets.isEmpty()) {
            target = (String) targets.get(0).getValue();
        }
    }

    public String preview() {
        try {
            UpgradePlan plan = upgrade.preview(backOffice.actor(), code(), version());
            changes = rows(plan, backOffice.getLanguage());
            previewed = true;
            return null;
        } catch (DomainException e) {
            return backOffice.show(e);
        }
    }

    public String apply() {
        try {
            upgrade.apply(backOffice.actor(), code(), version(), backOffice.address());
            String label = targets.stream().filter(t -> t.getValue().equals(target)).map(SelectItem::getLabel)
                    .findFirst().orElse(target);
            Labels.flash(backOffice.getLanguage(), "upgrade.applied", label);
            return "/admin/catalog.xhtml?faces-redirect=true";
        } catch (DomainException e) {
            return backOffice.show(e);
        }
    }

    private List<ChangeRow> rows(UpgradePlan plan, String language) {
        List<ChangeRow> rows = new ArrayList<>();
        for (UpgradePlan.Entry entry : plan.entries()) {
            String kind = Labels.get(language, "upgrade." + entry.kind().name());
            switch (entry.kind()) {
                case UNCHANGED -> {
                }
                case ADDED -> rows.add(new ChangeRow(kind, entry.code(), entry.name(language), "", "",
                        RuleWording.rules(entry.target().rules(), language), false));
                default -> {
                    for (UpgradePlan.FieldChange change : entry.changes()) {
                        rows.add(new ChangeRow(kind, entry.code(), entry.name(language),
                                Labels.get(language, "field." + change.field().name()), value(change.before(), language),
                                value(change.after(), language), change.keptLocal()));
                    }
                    if (entry.changes().isEmpty()) {
                        rows.add(new ChangeRow(kind, entry.code(), entry.name(language), "", "", "", false));
                    }
                }
            }
        }
        return rows;
    }

    private static String value(Object value, String language) {
        if (value instanceof RuleSet rules) {
            return RuleWording.rules(rules.rules(), language) + " · " + RuleWording.retention(rules.retention(), language);
        }
        if (value instanceof ContentType type) {
            return type.displayName(language);
        }
        if (value instanceof Boolean flag) {
            return Labels.get(language, flag ? "yes" : "no");
        }
        return value == null || value.toString().isEmpty() ? "—" : value.toString();
    }

    private static String describe(PresetRef preset, String language) {
        return preset.name(language) + " — " + Labels.get(language, "catalog.preset.version") + " " + preset.version()
                + " (" + Labels.get(language, "upgrade.effective") + " " + DATE.format(preset.effectiveDate()) + ")";
    }

    private String code() {
        return target == null ? "" : target.substring(0, Math.max(0, target.lastIndexOf('@')));
    }

    private int version() {
        try {
            return Integer.parseInt(target.substring(target.lastIndexOf('@') + 1));
        } catch (RuntimeException e) {
            throw new DomainException(422, "catalog.upgrade.not-newer", String.valueOf(target));
        }
    }

    public String getCurrent() {
        return current;
    }

    public List<SelectItem> getTargets() {
        return targets;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
        this.previewed = false;
    }

    public List<ChangeRow> getChanges() {
        return changes;
    }

    public boolean isPreviewed() {
        return previewed;
    }
}
