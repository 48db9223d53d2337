package vn.cong.consultation;

/** Where a consultation's comment period stands on a day: not open yet, open, or closed. */
public enum ConsultationStatus {
    NOT_OPEN, OPEN, CLOSED
}
