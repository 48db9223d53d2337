package vn.cong.interaction;

import java.util.List;

/**
 * One list of citizens' questions in a person's inbox: its id (the back office's label key {@code inbox.<id>} and
 * element id), its first rows oldest due first (each with its lateness, the asker masked), how many the list holds in
 * all, how many of them are overdue and very overdue (counted by the database, not from the rows shown), and the
 * desk's filter that shows them all. The getters are for the back office's EL.
 */
public record QuestionSection(String id, List<DeskRow> rows, long total, long overdue, long veryOverdue,
                              QuestionDesk.Filter deskFilter) {

    public QuestionSection {
        rows = List.copyOf(rows);
    }

    public String getId() {
        return id;
    }

    public List<DeskRow> getRows() {
        return rows;
    }

    public long getTotal() {
        return total;
    }

    public long getOverdue() {
        return overdue;
    }

    public long getVeryOverdue() {
        return veryOverdue;
    }

    public QuestionDesk.Filter getDeskFilter() {
        return deskFilter;
    }

    /** More wait than the rows shown: the desk has the rest. */
    public boolean isMore() {
        return total > rows.size();
    }
}
