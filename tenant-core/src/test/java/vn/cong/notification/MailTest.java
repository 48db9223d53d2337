package vn.cong.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A notification as an e-mail: Vietnamese first, English below, plain text and HTML, no tracking; sent over SMTP to
 * an in-process server (GreenMail on 127.0.0.1); an outbox row retried with growing waits, then kept as FAILED.
 */
class MailTest {

    private GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    private static Mail rejection() {
        return MailComposer.compose("bientap.daotru@demo.cong.localhost", "Xã Đạo Trù", "Dao Tru Commune",
                "Tin bài “Lễ hội <đền>” bị từ chối. Lý do: Không rõ nguồn gốc.",
                "“Lễ hội <đền>” was rejected. Reason: Unknown source.",
                "https://daotru.tamdao.vinhphuc.gov.vn/admin/item-view.xhtml?id=42&x=1");
    }

    @Test
    void theMailIsInVietnameseWithTheEnglishBelowAndNoTracking() {
        Mail mail = rejection();
        assertEquals("[Xã Đạo Trù] Tin bài “Lễ hội <đền>” bị từ chối. Lý do: Không rõ nguồn gốc.", mail.subject());
        assertTrue(mail.text().indexOf("bị từ chối") < mail.text().indexOf("was rejected"), mail.text());
        assertTrue(mail.text().contains("https://daotru.tamdao.vinhphuc.gov.vn/admin/item-view.xhtml?id=42&x=1"));
        assertTrue(mail.html().contains("Lễ hội &lt;đền&gt;"), "escaped in HTML: " + mail.html());
        java.util.regex.Matcher href = java.util.regex.Pattern.compile("href=\"([^\"]*)\"").matcher(mail.html());
        assertTrue(href.find(), mail.html());
        assertEquals("https://daotru.tamdao.vinhphuc.gov.vn/admin/item-view.xhtml?id=42&x=1",
                org.owasp.html.Encoding.decodeHtml(href.group(1)), "the link, escaped as an attribute");
        assertFalse(mail.html().contains("<img"), "no tracking pixel");
        assertEquals(2, mail.html().split("<a ").length - 1, "one link, in each language");
    }

    @Test
    void aLongMessageMakesAShortSubjectOnOneLine() {
        Mail mail = MailComposer.compose("a@b.vn", "Xã", "Commune", "Dòng một\nDòng hai " + "x".repeat(300), "en",
                "https://x.vn/");
        assertFalse(mail.subject().contains("\n"));
        assertEquals(MailComposer.MAX_SUBJECT, mail.subject().length());
    }

    @Test
    void itIsDeliveredOverSmtpAsPlainTextAndHtmlInUtf8() throws Exception {
        MailSettings settings = MailSettings.of(true, "127.0.0.1", smtp.getSmtp().getPort(), "cong@demo.cong.localhost",
                MailSettings.Security.NONE);
        new MailTransport(settings).send(rejection());
        assertTrue(smtp.waitForIncomingEmail(5000, 1));
        MimeMessage received = smtp.getReceivedMessages()[0];
        assertEquals("[Xã Đạo Trù] Tin bài “Lễ hội <đền>” bị từ chối. Lý do: Không rõ nguồn gốc.", received.getSubject());
        assertEquals("cong@demo.cong.localhost", received.getFrom()[0].toString());
        MimeMultipart alternative = (MimeMultipart) received.getContent();
        assertTrue(alternative.getContentType().startsWith("multipart/alternative"));
        assertTrue(alternative.getBodyPart(0).isMimeType("text/plain"));
        assertTrue(alternative.getBodyPart(1).isMimeType("text/html"));
        assertTrue(GreenMailUtil.getBody(received).length() > 0);
        assertTrue(((String) alternative.getBodyPart(0).getContent()).contains("was rejected"));
    }

    @Test
    void anUnreachableServerIsAnErrorTheOutboxKeeps() {
        int port = smtp.getSmtp().getPort();
        smtp.stop();
        MailSettings settings = MailSettings.of(true, "127.0.0.1", port, "cong@demo.cong.localhost",
                MailSettings.Security.NONE);
        assertThrows(MessagingException.class, () -> new MailTransport(settings).send(rejection()));
    }

    @Test
    void anOutboxMailIsRetriedWithGrowingWaitsThenKeptAsFailedAndCanBeSentAgain() {
        MailSettings settings = MailSettings.of(true, "127.0.0.1", 25, "a@b.vn", MailSettings.Security.NONE);
        Instant now = Instant.parse("2026-11-18T03:00:00Z");
        OutboxMail mail = new OutboxMail(1001, 7L, 8L, rejection(), now);
        assertTrue(mail.isDueAt(now));
        mail.failed("Connection refused", now, 3, settings.retryAfter(1));
        assertEquals(MailStatus.PENDING, mail.getStatus());
        assertEquals(now.plus(Duration.ofMinutes(1)), mail.getNextAttemptAt());
        assertFalse(mail.isDueAt(now.plusSeconds(59)));
        assertEquals(Duration.ofMinutes(2), settings.retryAfter(2));
        assertEquals(Duration.ofHours(1), settings.retryAfter(12), "at most an hour");
        mail.failed("Connection refused", now, 3, settings.retryAfter(2));
        mail.failed("452 mailbox full", now, 3, settings.retryAfter(3));
        assertEquals(MailStatus.FAILED, mail.getStatus(), "never dropped: kept as failed with its last error");
        assertEquals("452 mailbox full", mail.getLastError());
        assertFalse(mail.isDueAt(now.plus(Duration.ofDays(1))));
        mail.retry(now.plus(Duration.ofDays(1)));
        assertTrue(mail.isDueAt(now.plus(Duration.ofDays(1))));
        assertEquals(0, mail.getAttempts());
    }
}
