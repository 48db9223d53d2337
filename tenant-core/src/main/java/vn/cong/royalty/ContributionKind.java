package vn.cong.royalty;

/**
 * What a person did for a published item, each paid by its own coefficient (Decree 18/2014/NĐ-CP distinguishes the
 * author's royalty for writing, photographs and translation from the remuneration — thù lao — of editing).
 * An enum rather than data rows: the kinds are the same in every unit and the sheet has one column per kind; what
 * varies per unit and over time is the coefficient ({@link RoyaltyRate}). A new kind is a constant here and two
 * labels; its coefficients are rows, with no migration.
 */
public enum ContributionKind {
    /** Viết bài, tin: the author. */
    WRITING("Viết tin, bài", "Writing"),
    /** Ảnh: photographs published with the item. */
    PHOTOS("Ảnh", "Photos"),
    /** Dịch: translation (the English channel, foreign sources). */
    TRANSLATION("Dịch", "Translation"),
    /** Biên tập: the secretariat's editing (thù lao biên tập). */
    EDITING("Biên tập", "Editing");

    private final String nameVi;
    private final String nameEn;

    ContributionKind(String nameVi, String nameEn) {
        this.nameVi = nameVi;
        this.nameEn = nameEn;
    }

    public String displayName(String language) {
        return "en".equals(language) ? nameEn : nameVi;
    }
}
