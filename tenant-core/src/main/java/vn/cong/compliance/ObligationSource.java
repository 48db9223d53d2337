package vn.cong.compliance;

/** How an obligation arose. */
public enum ObligationSource {
    /** An item's structured facts carry the trigger date (a document's signing date, a project's approval date). */
    ITEM,
    /** Reported through the API: a document signed in the e-office system, contact data changed, a question received. */
    REGISTERED,
    /** One period of a periodic rule (each working day, monthly, every six months…), evaluated by the scheduled job. */
    RECURRENCE
}
