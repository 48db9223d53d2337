package vn.cong.catalog.preset;

import java.time.LocalDate;

/**
 * One version of one regulation preset: {@code vinh-phuc-32-2023} version 1, in force from 1 October 2023. A unit
 * follows exactly one such version.
 */
public record PresetRef(String code, int version, String nameVi, String nameEn, String regulation,
                        LocalDate effectiveDate) {

    /** "vinh-phuc-32-2023@1" — how audit lines and logs name it. */
    public String key() {
        return code + "@" + version;
    }

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameVi;
    }
}
