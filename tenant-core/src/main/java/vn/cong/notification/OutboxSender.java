package vn.cong.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One attempt at one e-mail of the outbox, in its own transaction: claims the row with its lock, sends, and
 * records the outcome — sent, or the error and the time of the next attempt, or FAILED once the attempts run out
 * (logged, and shown to the unit administrator). Another instance waiting on the same row finds it sent.
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

    @Inject
    MailOutbox outbox;

    @Inject
    MailTransport transport;

    @Inject
    MailSettings settings;

    @Inject
    Clock clock;

    /** True when the e-mail went out in this attempt. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean attempt(long outboxId) {
        OutboxMail mail = outbox.claim(outboxId).orElse(null);
        Instant now = clock.instant();
        if (mail == null || !mail.isDueAt(now)) {
            return false;
        }
        try {
            transport.send(mail.mail());
            mail.sent(clock.instant());
            return true;
        } catch (MessagingException | RuntimeException e) {
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            mail.failed(error, now, settings.maxAttempts(), settings.retryAfter(mail.getAttempts() + 1));
            if (mail.getStatus() == MailStatus.FAILED) {
                LOG.log(Level.SEVERE, "CONG: e-mail " + outboxId + " to " + mail.getRecipient() + " failed "
                        + mail.getAttempts() + " times and is kept as FAILED in the outbox: " + error);
            } else {
                LOG.warning(() -> "CONG: e-mail " + outboxId + " not sent (attempt " + mail.getAttempts()
                        + "), next at " + mail.getNextAttemptAt() + ": " + error);
            }
            return false;
        }
    }
}
