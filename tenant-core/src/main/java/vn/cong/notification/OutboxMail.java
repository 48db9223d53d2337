package vn.cong.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import vn.cong.platform.PersonalData;
import vn.cong.platform.PlatformEntity;

/**
 * An e-mail in the outbox (hộp thư đi): written in the transaction that made its notification, sent after that
 * transaction commits, retried with growing waits until it is sent or its attempts run out — then FAILED, with
 * the last error, for the unit administrator to see and send again. Platform data naming its unit, like
 * {@code scheduled_publication}, so that one query finds every unit's pending e-mails; a sender holds the row's
 * lock while it sends, so a message goes out once however many instances run.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail extends PlatformEntity {

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "notification_id")
    private Long notificationId;

    /** Sealed at rest: a citizen's address is personal data (ND Art. 9.2), a member's too. */
    @Convert(converter = PersonalData.class)
    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String subject;

    @Lob
    @Column(name = "text_body", nullable = false)
    private String textBody;

    @Lob
    @Column(name = "html_body", nullable = false)
    private String htmlBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMail() {
    }

    OutboxMail(long unitId, Long accountId, Long notificationId, Mail mail, Instant now) {
        this.unitId = unitId;
        this.accountId = accountId;
        this.notificationId = notificationId;
        this.recipient = mail.to();
        this.subject = mail.subject();
        this.textBody = mail.text();
        this.htmlBody = mail.html();
        this.status = MailStatus.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public Mail mail() {
        return new Mail(recipient, subject, textBody, htmlBody);
    }

    public boolean isDueAt(Instant now) {
        return status == MailStatus.PENDING && !nextAttemptAt.isAfter(now);
    }

    void sent(Instant when) {
        attempts++;
        status = MailStatus.SENT;
        sentAt = when;
        lastError = null;
    }

    /** One more failed attempt: waits {@code retryAfter} before the next, or FAILED after {@code maxAttempts}. */
    void failed(String error, Instant when, int maxAttempts, Duration retryAfter) {
        attempts++;
        lastError = error == null ? "?" : error.length() > 1000 ? error.substring(0, 1000) : error;
        if (attempts >= maxAttempts) {
            status = MailStatus.FAILED;
        } else {
            nextAttemptAt = when.plus(retryAfter);
        }
    }

    /** The unit administrator sends a failed e-mail again: a fresh round of attempts. */
    void retry(Instant when) {
        status = MailStatus.PENDING;
        attempts = 0;
        nextAttemptAt = when;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
