package vn.cong.notification;

import vn.cong.platform.HtmlText;

/**
 * Writes a notification as an e-mail: Vietnamese first, the English text below it; plain text and a simple HTML
 * version with the same words; one link into the back office; no images, no tracking pixels, no rewritten links.
 * The subject is the Vietnamese message, after the unit's name.
 */
public final class MailComposer {

    static final int MAX_SUBJECT = 200;

    private MailComposer() {
    }

    /** Who reads the e-mail: a member of the board (the link opens the back office) or a citizen (the portal). */
    public enum Reader {
        MEMBER("hệ thống quản trị Cổng thông tin điện tử", "Xem trong hệ thống quản trị", "the back office of the",
                "Open in the back office"),
        CITIZEN("Cổng thông tin điện tử", "Xem trên Cổng thông tin", "the", "Open on the portal");

        private final String senderVi;
        private final String linkVi;
        private final String senderEn;
        private final String linkEn;

        Reader(String senderVi, String linkVi, String senderEn, String linkEn) {
            this.senderVi = senderVi;
            this.linkVi = linkVi;
            this.senderEn = senderEn;
            this.linkEn = linkEn;
        }
    }

    /** {@code unitVi}/{@code unitEn}: the unit's name; {@code link}: the absolute address to open. */
    public static Mail compose(String to, String unitVi, String unitEn, String messageVi, String messageEn,
                               String link) {
        return compose(Reader.MEMBER, to, unitVi, unitEn, messageVi, messageEn, link);
    }

    public static Mail compose(Reader reader, String to, String unitVi, String unitEn, String messageVi,
                               String messageEn, String link) {
        String subject = oneLine("[" + unitVi + "] " + messageVi);
        if (subject.length() > MAX_SUBJECT) {
            subject = subject.substring(0, MAX_SUBJECT - 1) + "…";
        }
        String text = messageVi + "\n\nXem tại: " + link + "\n\n"
                + "Thư này do " + reader.senderVi + " " + unitVi
                + " gửi tự động; vui lòng không trả lời thư này.\n\n"
                + "-- English --\n\n"
                + messageEn + "\n\nOpen: " + link + "\n\n"
                + "This message was sent automatically by " + reader.senderEn + " " + unitEn
                + " portal; please do not reply to it.\n";
        String html = "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"UTF-8\"><title>" + escape(subject)
                + "</title></head>\n<body style=\"font-family: sans-serif; line-height: 1.5\">\n"
                + "<p>" + escape(messageVi) + "</p>\n"
                + "<p><a href=\"" + escape(link) + "\">" + reader.linkVi + "</a></p>\n"
                + "<p style=\"color: #555\"><small>Thư này do " + reader.senderVi + " "
                + escape(unitVi) + " gửi tự động; vui lòng không trả lời thư này.</small></p>\n"
                + "<hr>\n<div lang=\"en\">\n"
                + "<p>" + escape(messageEn) + "</p>\n"
                + "<p><a href=\"" + escape(link) + "\">" + reader.linkEn + "</a></p>\n"
                + "<p style=\"color: #555\"><small>This message was sent automatically by " + reader.senderEn + " "
                + escape(unitEn) + " portal; please do not reply to it.</small></p>\n"
                + "</div>\n</body></html>\n";
        return new Mail(to, subject, text, html);
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    private static String escape(String text) {
        return HtmlText.escape(text);
    }
}
