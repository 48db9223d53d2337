package vn.cong.compliance;

/**
 * Where an obligation stands: open ones are on time, due soon (within {@code cong.compliance.due-soon-working-days}
 * working days of the due day) or overdue; closed ones were met on time or late. An obligation whose rule gives no
 * number ("promptly") is on time until met: no date is invented for it.
 */
public enum ObligationStatus {
    ON_TIME, DUE_SOON, OVERDUE, MET, MET_LATE;

    public boolean isOpen() {
        return this == ON_TIME || this == DUE_SOON || this == OVERDUE;
    }

    /** Needs someone's attention: an alert is fired when an obligation enters it. */
    public boolean isAlerting() {
        return this == DUE_SOON || this == OVERDUE;
    }

    /** Overdue first, then due soon, on time, met late, met: the order of the dashboards. */
    public int urgency() {
        return switch (this) {
            case OVERDUE -> 0;
            case DUE_SOON -> 1;
            case ON_TIME -> 2;
            case MET_LATE -> 3;
            case MET -> 4;
        };
    }
}
