package vn.cong.admin.provisioning;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import vn.cong.admin.shell.BackOffice;
import vn.cong.catalog.preset.PresetRef;
import vn.cong.catalog.preset.PresetStore;
import vn.cong.platform.DomainException;
import vn.cong.provisioning.control.ProvisionedUnit;
import vn.cong.provisioning.control.ProvisioningService;
import vn.cong.provisioning.control.UnitReading;
import vn.cong.provisioning.control.UnitRequest;
import vn.cong.tenancy.Themes;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitLevel;

/**
 * Mở cổng đơn vị (the DIC administrator, the operator): one unit under this host's unit or a unit directly under it
 * — its level, names, official code, hostname label, preset, theme — and its first administrator, invited by e-mail
 * with a one-time link; no password is shown. Rules and checks are {@link ProvisioningService#provision}'s.
 */
@Named
@ViewScoped
public class NewUnitPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BackOffice backOffice;

    @Inject
    transient ProvisioningService provisioning;

    @Inject
    transient UnitReading reading;

    @Inject
    transient PresetStore presets;

    private List<SelectItem> parents;
    private List<SelectItem> presetChoices;
    private long parentId;
    private String level;
    private String officialName;
    private String officialCode;
    private String abbreviation;
    private String englishName;
    private String hostLabel;
    private String preset = "";
    private String theme = Themes.DEFAULT;
    private String adminFullName;
    private String adminEmail;
    private String adminUsername;
    private ProvisionedUnit opened;

    public void load() {
        if (!NewUnitMenu.mayOpen(backOffice)) {
            BackOffice.fail(403);
            return;
        }
        if (parents != null) {
            return;
        }
        Unit host = backOffice.getUnit();
        parentId = host.getId();
        parents = new ArrayList<>();
        parents.add(new SelectItem(host.getId(), describe(host)));
        for (Unit child : reading.children(backOffice.account(), host.getId())) {
            if (!child.getLevel().allowedChildren().isEmpty()) {
                parents.add(new SelectItem(child.getId(), describe(child)));
            }
        }
        presetChoices = new ArrayList<>();
        presetChoices.add(new SelectItem("", backOffice.label("unit-new.preset.inherit")));
        for (PresetRef ref : presets.all()) {
            if (presetChoices.stream().noneMatch(s -> s.getValue().equals(ref.code()))) {
                presetChoices.add(new SelectItem(ref.code(), ref.name(backOffice.getLanguage())));
            }
        }
    }

    public String open() {
        try {
            opened = provisioning.provision(backOffice.account(), new UnitRequest(parentId, level, officialName,
                    abbreviation, englishName, hostLabel, theme, new UnitRequest.AdminRequest(adminUsername,
                    adminFullName, required(adminEmail), null), preset, officialCode));
            return null;
        } catch (DomainException e) {
            return backOffice.show(e);
        }
    }

    /** Another unit: the form again, the parent kept. */
    public String another() {
        opened = null;
        officialName = officialCode = abbreviation = englishName = hostLabel = null;
        adminFullName = adminEmail = adminUsername = null;
        return null;
    }

    /** In the wizard the first administrator is always invited: an address is required (the API may do without). */
    private static String required(String email) {
        if (email == null || email.isBlank()) {
            throw new DomainException(422, "unit.admin.email.required");
        }
        return email;
    }

    public List<SelectItem> getLevels() {
        Unit parent = parentId == 0 ? backOffice.getUnit() : reading.unit(backOffice.account(), parentId);
        List<SelectItem> levels = new ArrayList<>();
        for (UnitLevel child : parent.getLevel().allowedChildren()) {
            levels.add(new SelectItem(child.name(), "en".equals(backOffice.getLanguage()) ? child.nameEn()
                    : child.nameVi()));
        }
        return levels;
    }

    public List<String> getThemes() {
        return Themes.AVAILABLE;
    }

    public String getInvitationExpiry() {
        return opened == null || opened.invitation() == null ? "" : backOffice.dateTime(opened.invitation().expiresAt());
    }

    private String describe(Unit unit) {
        return unit.displayName(backOffice.getLanguage()) + (unit.getOfficialCode() == null ? ""
                : " · " + unit.getOfficialCode()) + " · " + unit.getHostLabel();
    }

    public List<SelectItem> getParents() {
        return parents;
    }

    public List<SelectItem> getPresetChoices() {
        return presetChoices;
    }

    public ProvisionedUnit getOpened() {
        return opened;
    }

    public long getParentId() {
        return parentId;
    }

    public void setParentId(long parentId) {
        this.parentId = parentId;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getOfficialName() {
        return officialName;
    }

    public void setOfficialName(String officialName) {
        this.officialName = officialName;
    }

    public String getOfficialCode() {
        return officialCode;
    }

    public void setOfficialCode(String officialCode) {
        this.officialCode = officialCode;
    }

    public String getAbbreviation() {
        return abbreviation;
    }

    public void setAbbreviation(String abbreviation) {
        this.abbreviation = abbreviation;
    }

    public String getEnglishName() {
        return englishName;
    }

    public void setEnglishName(String englishName) {
        this.englishName = englishName;
    }

    public String getHostLabel() {
        return hostLabel;
    }

    public void setHostLabel(String hostLabel) {
        this.hostLabel = hostLabel;
    }

    public String getPreset() {
        return preset;
    }

    public void setPreset(String preset) {
        this.preset = preset;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getAdminFullName() {
        return adminFullName;
    }

    public void setAdminFullName(String adminFullName) {
        this.adminFullName = adminFullName;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(String adminEmail) {
        this.adminEmail = adminEmail;
    }

    public String getAdminUsername() {
        return adminUsername;
    }

    public void setAdminUsername(String adminUsername) {
        this.adminUsername = adminUsername;
    }
}
