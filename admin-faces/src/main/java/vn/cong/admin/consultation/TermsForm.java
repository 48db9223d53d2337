package vn.cong.admin.consultation;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import vn.cong.consultation.CommentPeriod;
import vn.cong.consultation.Consultation;
import vn.cong.consultation.ConsultationTerms;
import vn.cong.consultation.Moderation;
import vn.cong.platform.DomainException;
import vn.cong.tenancy.Unit;

/**
 * A consultation's terms as typed in the back office ({@code consultation-terms.xhtml}, on the opening form and the
 * consultation's page): kept as typed — a wrong day count stays in its box with the refusal — and read into
 * {@link ConsultationTerms}, whose constructor checks the values; this only reads the text of the boxes.
 */
public class TermsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String opensOn;
    private String days;
    private String receivingUnit;
    private String receivingAddress;
    private String receivingEmail;
    private String moderation;
    private String reportThreshold;

    /** A new consultation's boxes: opening today, the unit itself receiving (its address and e-mail as recorded). */
    static TermsForm startingFor(Unit unit, LocalDate today) {
        TermsForm form = new TermsForm();
        form.opensOn = today.toString();
        form.receivingUnit = unit.getOfficialName();
        form.receivingAddress = unit.getAddress();
        form.receivingEmail = unit.getEmail();
        form.reportThreshold = String.valueOf(Consultation.DEFAULT_REPORT_THRESHOLD);
        return form;
    }

    /** The boxes filled with a consultation's terms in force. */
    static TermsForm of(ConsultationTerms terms) {
        TermsForm form = new TermsForm();
        form.opensOn = terms.period().opensOn().toString();
        form.days = String.valueOf(terms.period().days());
        form.receivingUnit = terms.receivingUnit();
        form.receivingAddress = terms.receivingAddress();
        form.receivingEmail = terms.receivingEmail();
        form.moderation = terms.moderation().name();
        form.reportThreshold = String.valueOf(terms.reportThreshold());
        return form;
    }

    /** The terms typed; a box that does not read (422) or a value the domain refuses, as its refusal. */
    ConsultationTerms read() {
        LocalDate opens = day(opensOn);
        int period = number(days, () -> new DomainException(422, "consultation.days.invalid", CommentPeriod.MAX_DAYS));
        CommentPeriod commentPeriod = new CommentPeriod(opens, period);
        Moderation chosen = moderation(moderation);
        int threshold = reportThreshold == null || reportThreshold.isBlank() ? Consultation.DEFAULT_REPORT_THRESHOLD
                : number(reportThreshold, () -> new DomainException(422, "consultation.threshold.invalid"));
        return new ConsultationTerms(commentPeriod, receivingUnit, receivingAddress, receivingEmail, chosen, threshold);
    }

    private static Moderation moderation(String word) {
        if (word == null || word.isBlank()) {
            return null; // the terms say it is required
        }
        try {
            return Moderation.valueOf(word.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException(422, "consultation.moderation.required");
        }
    }

    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            throw new DomainException(422, "consultation.opens.required");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException(422, "calendar.date.invalid", text.strip());
        }
    }

    private static int number(String text, java.util.function.Supplier<DomainException> refusal) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw refusal.get();
        }
    }

    public Moderation[] getModerations() {
        return Moderation.values();
    }

    public String getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(String opensOn) {
        this.opensOn = opensOn;
    }

    public String getDays() {
        return days;
    }

    public void setDays(String days) {
        this.days = days;
    }

    public String getReceivingUnit() {
        return receivingUnit;
    }

    public void setReceivingUnit(String receivingUnit) {
        this.receivingUnit = receivingUnit;
    }

    public String getReceivingAddress() {
        return receivingAddress;
    }

    public void setReceivingAddress(String receivingAddress) {
        this.receivingAddress = receivingAddress;
    }

    public String getReceivingEmail() {
        return receivingEmail;
    }

    public void setReceivingEmail(String receivingEmail) {
        this.receivingEmail = receivingEmail;
    }

    public String getModeration() {
        return moderation;
    }

    public void setModeration(String moderation) {
        this.moderation = moderation;
    }

    public String getReportThreshold() {
        return reportThreshold;
    }

    public void setReportThreshold(String reportThreshold) {
        this.reportThreshold = reportThreshold;
    }
}
