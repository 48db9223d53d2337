package vn.cong.consultation;

import vn.cong.platform.DomainException;

/**
 * What the board sets for a consultation: the comment period, the receiving unit's name, address and e-mail (VP Art.
 * 5.14c: where opinions may also be sent), pre- or post-moderation, and how many reports hide a comment.
 */
public record ConsultationTerms(CommentPeriod period, String receivingUnit, String receivingAddress,
                                String receivingEmail, Moderation moderation, int reportThreshold) {

    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public ConsultationTerms {
        receivingUnit = required(receivingUnit, 255, "consultation.receiving-unit.required");
        receivingAddress = required(receivingAddress, 500, "consultation.receiving-address.required");
        receivingEmail = required(receivingEmail, 255, "consultation.receiving-email.required");
        if (!EMAIL.matcher(receivingEmail).matches()) {
            throw new DomainException(422, "consultation.receiving-email.invalid", receivingEmail);
        }
        if (moderation == null) {
            throw new DomainException(422, "consultation.moderation.required");
        }
        if (reportThreshold < 1 || reportThreshold > 100) {
            throw new DomainException(422, "consultation.threshold.invalid");
        }
    }

    private static String required(String text, int max, String key) {
        if (text == null || text.isBlank()) {
            throw new DomainException(422, key);
        }
        String clean = vn.cong.platform.VietnameseText.nfc(text);
        if (clean.length() > max) {
            throw new DomainException(422, "consultation.too-long", max);
        }
        return clean;
    }
}
