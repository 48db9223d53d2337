package vn.cong.content;

import java.time.LocalDate;

/**
 * Whether a legal document is in force on a day, from its effective date and its expiry date ("ngày hết hiệu
 * lực": the first day it no longer applies). A document without an effective date is taken as in force from its
 * issue; without an expiry date it stays in force.
 */
public enum LegalStatus {
    NOT_YET_IN_FORCE("Chưa có hiệu lực", "Not yet in force"),
    IN_FORCE("Còn hiệu lực", "In force"),
    EXPIRED("Hết hiệu lực", "Expired");

    private final String nameVi;
    private final String nameEn;

    LegalStatus(String nameVi, String nameEn) {
        this.nameVi = nameVi;
        this.nameEn = nameEn;
    }

    public static LegalStatus on(LocalDate day, LocalDate effective, LocalDate expiry) {
        if (expiry != null && !day.isBefore(expiry)) {
            return EXPIRED;
        }
        if (effective != null && day.isBefore(effective)) {
            return NOT_YET_IN_FORCE;
        }
        return IN_FORCE;
    }

    public String displayName(String language) {
        return "en".equals(language) ? nameEn : nameVi;
    }
}
