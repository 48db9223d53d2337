package vn.cong.royalty;

/** What people do to a monthly sheet; the API takes them by these names. */
public enum SheetAction {
    /** The secretariat sends the month's totals to the head (BNV Art. 4.6l). */
    SUBMIT,
    /** The head approves — never the person who submitted; the sheet is locked at once. */
    APPROVE,
    /** The head sends it back to the secretariat with a note; it is a draft again. */
    RETURN
}
