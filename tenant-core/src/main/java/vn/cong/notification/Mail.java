package vn.cong.notification;

/** An e-mail ready to send: one recipient, a subject, a plain-text and an HTML body. */
public record Mail(String to, String subject, String text, String html) {
}
