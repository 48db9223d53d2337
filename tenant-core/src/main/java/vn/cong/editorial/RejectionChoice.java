package vn.cong.editorial;

/** A rejection reason as a unit offers it: the platform's reason, or the unit's own version of it. */
public record RejectionChoice(String code, String nameVi, String nameEn, String legalBasis, boolean enabled,
                              boolean unitOwn, int sortOrder) {

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameVi;
    }

    /** Getters for Faces EL. */
    public String getCode() {
        return code;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isUnitOwn() {
        return unitOwn;
    }

    public String getLegalBasis() {
        return legalBasis;
    }
}
