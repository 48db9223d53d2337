package vn.cong.inbox;

import java.time.Duration;
import java.time.Instant;
import vn.cong.editorial.Item;

/**
 * One line of an inbox: the item, what it waits for, since when, when it is due (null when nothing is), and whether
 * it is overdue now. The getters are for the back office's EL, which does not read record components.
 */
public record InboxRow(Item item, Waiting waiting, Instant since, Instant due, boolean overdue, Duration age) {

    public Item getItem() {
        return item;
    }

    public Waiting getWaiting() {
        return waiting;
    }

    public Instant getSince() {
        return since;
    }

    public Instant getDue() {
        return due;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public Duration getAge() {
        return age;
    }
}
