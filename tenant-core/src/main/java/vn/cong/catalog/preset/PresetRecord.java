package vn.cong.catalog.preset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.cong.platform.PlatformEntity;

/** A stored preset version ({@code catalog_preset}): platform data, the same for every unit. Never rewritten. */
@Entity
@Table(name = "catalog_preset")
public class PresetRecord extends PlatformEntity {

    @Column(nullable = false)
    private String code;

    @Column(name = "preset_version", nullable = false)
    private int presetVersion;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(nullable = false)
    private String regulation;

    @Column(name = "effective_date", nullable = false)
    private LocalDate effectiveDate;

    /** SHA-256 of the file it was loaded from, to notice a file that was edited instead of versioned. */
    @Column(nullable = false)
    private String checksum;

    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;

    protected PresetRecord() {
    }

    PresetRecord(PresetRef ref, String checksum, Instant loadedAt) {
        this.code = ref.code();
        this.presetVersion = ref.version();
        this.nameVi = ref.nameVi();
        this.nameEn = ref.nameEn();
        this.regulation = ref.regulation();
        this.effectiveDate = ref.effectiveDate();
        this.checksum = checksum;
        this.loadedAt = loadedAt;
    }

    public PresetRef ref() {
        return new PresetRef(code, presetVersion, nameVi, nameEn, regulation, effectiveDate);
    }

    public String getCode() {
        return code;
    }

    public int getPresetVersion() {
        return presetVersion;
    }

    public String getChecksum() {
        return checksum;
    }
}
