package vn.cong.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.cong.platform.PlatformEntity;
import vn.cong.platform.VietnameseText;

/**
 * A government unit with its own portal — the tenant (đơn vị). Part of the platform registry, so not
 * tenant-owned itself. Units form a tree through {@code parentId} and a materialised {@link UnitPath}.
 */
@Entity
@Table(name = "unit")
public class Unit extends PlatformEntity {

    @Column(name = "parent_id")
    private Long parentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "level_code", nullable = false)
    private UnitLevel level;

    @Column(name = "official_name", nullable = false)
    private String officialName;

    private String abbreviation;

    /** The GSO administrative code ("26", "248", "08914"); null for a unit that has none. */
    @Column(name = "official_code")
    private String officialCode;

    @Column(name = "english_name")
    private String englishName;

    /** The unit's own DNS label ("daotru"); the full hostname adds its ancestors' labels. */
    @Column(name = "host_label", nullable = false)
    private String hostLabel;

    @Column(name = "unit_path", nullable = false)
    private String path;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UnitState state;

    @Column(nullable = false)
    private String theme;

    private String address;
    private String phone;
    private String email;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The regulation preset version its information catalog follows (vn.cong.catalog.preset); null before presets. */
    @Column(name = "preset_code")
    private String presetCode;

    @Column(name = "preset_version")
    private Integer presetVersion;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Column(name = "former_code")
    private String formerCode;

    protected Unit() {
    }

    public Unit(Unit parent, UnitLevel level, String officialName, String abbreviation, String englishName,
                String hostLabel, String theme, Instant createdAt) {
        this.parentId = parent == null ? null : parent.getId();
        this.level = level;
        this.officialName = VietnameseText.nfc(officialName);
        this.abbreviation = VietnameseText.nfc(abbreviation);
        this.englishName = VietnameseText.nfc(englishName);
        this.hostLabel = hostLabel;
        this.theme = theme;
        this.state = UnitState.ACTIVE;
        this.createdAt = createdAt;
        this.path = "/";
    }

    /** Called once the id is known: the path includes the unit's own id. */
    void placeUnder(Unit parent) {
        UnitPath own = parent == null ? UnitPath.root(getId()) : parent.unitPath().child(getId());
        this.path = own.value();
    }

    public void updateContacts(String address, String phone, String email) {
        this.address = VietnameseText.nfc(address);
        this.phone = VietnameseText.nfc(phone);
        this.email = VietnameseText.nfc(email);
    }

    /** Moved under another parent and/or renamed by a decision (its hostnames are the repository's: {@link UnitRepository#rehost}). */
    void relocate(Unit parent, String newOfficialName, String newLabel) {
        this.parentId = parent == null ? null : parent.getId();
        placeUnder(parent);
        this.officialName = VietnameseText.nfc(newOfficialName);
        this.hostLabel = newLabel;
    }

    /**
     * The unit lives on in others (merged) or no more (retired): its portal stops, its hostnames lead to its
     * successors, and it gives its official code up (the official lists reuse codes), keeping it as its former code.
     */
    public void retire(UnitState becomes, Instant when) {
        if (becomes == UnitState.ACTIVE) {
            throw new IllegalArgumentException("a unit retires into MERGED or RETIRED");
        }
        this.state = becomes;
        this.retiredAt = when;
        if (officialCode != null) {
            this.formerCode = officialCode;
            this.officialCode = null;
        }
    }

    /**
     * Gives the official code up ahead of retiring (a reform hands it to the unit that will bear it while this one
     * is still being shared out); kept as the former code for its history.
     */
    public void giveUpCode() {
        if (officialCode != null) {
            this.formerCode = officialCode;
            this.officialCode = null;
        }
    }

    public boolean isActive() {
        return state == UnitState.ACTIVE;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }

    public String getFormerCode() {
        return formerCode;
    }

    /** Records the preset version the unit's catalog now follows (set when it is instantiated or moved). */
    public void followPreset(String code, int version) {
        this.presetCode = code;
        this.presetVersion = version;
    }

    public UnitPath unitPath() {
        return new UnitPath(path);
    }

    public boolean isWithin(Unit ancestor) {
        return ancestor.unitPath().contains(unitPath());
    }

    /** Name in the requested language, falling back to Vietnamese. */
    public String displayName(String language) {
        return "en".equals(language) && englishName != null && !englishName.isBlank() ? englishName : officialName;
    }

    public Long getParentId() {
        return parentId;
    }

    public UnitLevel getLevel() {
        return level;
    }

    public String getOfficialName() {
        return officialName;
    }

    public String getAbbreviation() {
        return abbreviation;
    }

    public String getEnglishName() {
        return englishName;
    }

    public String getHostLabel() {
        return hostLabel;
    }

    public UnitState getState() {
        return state;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getPresetCode() {
        return presetCode;
    }

    public Integer getPresetVersion() {
        return presetVersion;
    }

    public String getOfficialCode() {
        return officialCode;
    }

    /** Set when the portal is opened (provisioning checks the code's form and that no active unit holds it). */
    public void assignOfficialCode(String code) {
        this.officialCode = code;
    }
}
