package vn.cong.notification;

/** Where an e-mail of the outbox stands. */
public enum MailStatus {
    /** Waiting for its (next) attempt. */
    PENDING,
    SENT,
    /** Every attempt failed: shown to the unit administrator with the last error, who may send it again. */
    FAILED
}
