package vn.cong.notification;

import java.util.List;

/** Fired when e-mails were put in the outbox; observed after the commit to send them at once. */
public record MailQueued(List<Long> outboxIds) {

    public MailQueued {
        outboxIds = List.copyOf(outboxIds);
    }
}
