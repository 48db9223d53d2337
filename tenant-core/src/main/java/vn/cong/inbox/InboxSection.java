package vn.cong.inbox;

import java.util.List;

/**
 * One list of a person's inbox: its id (the back office's label key {@code inbox.<id>} and element id), its rows
 * oldest-due first, and whether it is an alert (failed publications).
 */
public record InboxSection(String id, List<InboxRow> rows, boolean alert) {

    public InboxSection {
        rows = List.copyOf(rows);
    }

    public String getId() {
        return id;
    }

    public List<InboxRow> getRows() {
        return rows;
    }

    public boolean isAlert() {
        return alert;
    }

    public long getOverdue() {
        return rows.stream().filter(InboxRow::overdue).count();
    }
}
