package vn.cong.royalty;

/** Where a monthly royalty sheet stands (see {@link RoyaltySheet} for the moves). */
public enum SheetState {
    /** Open: publications and adjustments of the month land here; the secretariat prepares it. */
    DRAFT("Đang lập", "Draft"),
    /** Sent by the secretariat to the head; closed to new lines (they go to the next open month). */
    SUBMITTED("Chờ Trưởng ban duyệt", "Awaiting the head's approval"),
    /** Approved by the head; locked in the same step. */
    APPROVED("Đã duyệt", "Approved"),
    /** Final: no line of the month changes again; corrections are adjustments in a later month. */
    LOCKED("Đã duyệt, đã khóa", "Approved and locked");

    private final String nameVi;
    private final String nameEn;

    SheetState(String nameVi, String nameEn) {
        this.nameVi = nameVi;
        this.nameEn = nameEn;
    }

    public String displayName(String language) {
        return "en".equals(language) ? nameEn : nameVi;
    }

    /** Lines of the month may still be written (publications, adjustments). */
    public boolean isOpen() {
        return this == DRAFT;
    }
}
